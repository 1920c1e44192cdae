package no.praksis.validator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import no.praksis.validator.load.SourceMap;

/** Finds the {@code <<FYLL INN: …>>} placeholders that {@code praksis init} writes and a user has not yet replaced. */
public final class Placeholders {

    /** How a placeholder begins. */
    private static final String START = "<<FYLL INN:";

    /** The mark of a placeholder: {@link #START}, anything but {@code >}, then {@code >>}. */
    public static final Pattern PLACEHOLDER = Pattern.compile(Pattern.quote(START) + "[^>]*>>");

    private Placeholders() {
    }

    /**
     * A {@code PLACEHOLDER} detection for every value of {@code tree} that still holds a placeholder,
     * at every place it stands (an alias to it leaves that place unfilled too). A value that several
     * places share, through an alias, is searched once.
     */
    static List<Detection> find(JsonNode tree) {
        List<Detection> found = new ArrayList<>();
        walk(tree, new ArrayList<>(), found, new IdentityHashMap<>());
        return found;
    }

    /** The path is built into a pointer only where a placeholder is found: a tree has many values, deep. */
    private static void walk(JsonNode node, List<String> path, List<Detection> found,
                             Map<JsonNode, Optional<String>> searched) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                path.add(SourceMap.escape(entry.getKey()));
                walk(entry.getValue(), path, found, searched);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(String.valueOf(i));
                walk(node.get(i), path, found, searched);
                path.remove(path.size() - 1);
            }
        } else if (node.isString()) {
            searched.computeIfAbsent(node, n -> first(n.asString())).ifPresent(placeholder -> found.add(
                    Detection.at("PLACEHOLDER", pointer(path), Map.of("placeholder", placeholder))));
        }
    }

    private static String pointer(List<String> path) {
        return path.isEmpty() ? "" : "/" + String.join("/", path);
    }

    /**
     * The first placeholder in {@code text}, as {@link #PLACEHOLDER} would find it, in one pass. The
     * regular expression tries every {@code <<FYLL INN:} and runs on to the next {@code >} from each,
     * so that a value of ten thousand of them without an end took ten seconds.
     */
    static Optional<String> first(String text) {
        int from = 0;
        while (true) {
            int start = text.indexOf(START, from);
            if (start < 0) {
                return Optional.empty();
            }
            int end = text.indexOf('>', start + START.length());
            if (end < 0) {
                return Optional.empty();
            }
            if (end + 1 < text.length() && text.charAt(end + 1) == '>') {
                return Optional.of(text.substring(start, end + 2));
            }
            // Every start before this '>' would stop at it too.
            from = end + 1;
        }
    }
}
