package no.praksis.validator.bind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes out of an agreement tree the values that could not be read as what they stand for (a list
 * where a date goes, a placeholder not yet filled in), so that the binder sees them as missing.
 * The tree is not changed: only the mappings and lists on the way to a value taken out are copied,
 * and those copies hold the same children as before. An alias makes one node stand in several
 * places, and a deep copy could grow as the aliases multiply; this grows only by the paths.
 */
public final class UnreadableValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private UnreadableValues() {
    }

    /**
     * {@code root} without the values at {@code pointers} (RFC 6901): a key of a mapping is taken
     * out, an entry of a list is left in its place as null (the binder skips it, and the entries
     * after it keep their pointers). A pointer that names nothing is passed over; {@code root} itself
     * is never taken out.
     */
    public static JsonNode without(JsonNode root, Collection<String> pointers) {
        if (pointers.isEmpty() || !root.isContainer()) {
            return root;
        }
        Map<String, JsonNode> copies = new HashMap<>();
        JsonNode copiedRoot = shallowCopy(root);
        copies.put("", copiedRoot);
        for (String pointer : pointers) {
            List<String> segments = segments(pointer);
            if (segments.isEmpty()) {
                continue;
            }
            JsonNode parent = copiedRoot;
            StringBuilder at = new StringBuilder();
            for (int i = 0; i < segments.size() - 1 && parent != null; i++) {
                String segment = segments.get(i);
                at.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
                JsonNode copy = copies.get(at.toString());
                if (copy == null) {
                    JsonNode original = childOf(parent, segment);
                    copy = original != null && original.isContainer() ? shallowCopy(original) : null;
                    if (copy != null) {
                        replace(parent, segment, copy);
                        copies.put(at.toString(), copy);
                    }
                }
                parent = copy;
            }
            if (parent != null) {
                remove(parent, segments.get(segments.size() - 1));
            }
        }
        return copiedRoot;
    }

    /** The unescaped reference tokens of {@code pointer}; none for the whole document. */
    private static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return segments;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            segments.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    private static JsonNode childOf(JsonNode parent, String segment) {
        if (parent.isObject()) {
            return parent.get(segment);
        }
        int index = index(segment);
        return index >= 0 && index < parent.size() ? parent.get(index) : null;
    }

    private static void replace(JsonNode parent, String segment, JsonNode child) {
        if (parent instanceof ObjectNode object) {
            object.set(segment, child);
        } else if (parent instanceof ArrayNode array) {
            array.set(index(segment), child);
        }
    }

    private static void remove(JsonNode parent, String segment) {
        if (parent instanceof ObjectNode object) {
            object.remove(segment);
        } else if (parent instanceof ArrayNode array) {
            int index = index(segment);
            if (index >= 0 && index < array.size()) {
                array.set(index, NODES.nullNode());
            }
        }
    }

    private static int index(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(segment);
    }

    private static JsonNode shallowCopy(JsonNode container) {
        if (container.isObject()) {
            ObjectNode copy = NODES.objectNode();
            container.properties().forEach(entry -> copy.set(entry.getKey(), entry.getValue()));
            return copy;
        }
        ArrayNode copy = NODES.arrayNode(container.size());
        container.forEach(copy::add);
        return copy;
    }
}
