package no.praksis.validator.load;

import java.util.HashMap;
import java.util.Map;

import no.praksis.validator.Position;

/** Where each node of a loaded agreement stands in its file, by JSON Pointer. */
public final class SourceMap {

    private final Map<String, Position> nodes = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, String> written = new HashMap<>();

    void putNode(String pointer, Position position) {
        nodes.put(pointer, position);
    }

    void putKey(String pointer, Position position) {
        keys.put(pointer, position);
    }

    void putWritten(String pointer, String text) {
        written.put(pointer, text);
    }

    /**
     * The number at {@code pointer} as the file writes it ({@code 1e400}, {@code 0x10}), for quoting
     * it in a message: its JSON value may read otherwise (infinity, 16). Null for other values.
     */
    public String writtenAt(String pointer) {
        return written.get(pointer);
    }

    /**
     * The position of the node at {@code pointer}. A collection reached through a key is placed at
     * its key, where a reader looks for it; a pointer to something that is not there (a missing
     * field) falls back to the nearest enclosing node.
     */
    public Position positionOf(String pointer) {
        String current = pointer == null ? "" : pointer;
        while (true) {
            Position node = nodes.get(current);
            if (node != null) {
                return node;
            }
            if (current.isEmpty()) {
                return Position.START;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /** The position of the key that holds the value at {@code pointer}, if it is a mapping value. */
    public Position keyPositionOf(String pointer) {
        Position key = keys.get(pointer);
        return key != null ? key : positionOf(pointer);
    }

    /** Escapes one reference token of a JSON Pointer (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
