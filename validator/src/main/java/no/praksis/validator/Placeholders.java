package no.praksis.validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import no.praksis.validator.load.SourceMap;

/** Finds the {@code <<FYLL INN: …>>} placeholders that {@code praksis init} writes and a user has not yet replaced. */
public final class Placeholders {

    /** The mark of a placeholder. */
    public static final Pattern PLACEHOLDER = Pattern.compile("<<FYLL INN:[^>]*>>");

    private Placeholders() {
    }

    /** A {@code PLACEHOLDER} detection for every value of {@code tree} that still holds a placeholder. */
    static List<Detection> find(JsonNode tree) {
        List<Detection> found = new ArrayList<>();
        walk(tree, "", found);
        return found;
    }

    private static void walk(JsonNode node, String pointer, List<Detection> found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                walk(entry.getValue(), pointer + "/" + SourceMap.escape(entry.getKey()), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, found);
            }
        } else if (node.isString()) {
            Matcher matcher = PLACEHOLDER.matcher(node.asString());
            if (matcher.find()) {
                found.add(Detection.at("PLACEHOLDER", pointer, Map.of("placeholder", matcher.group())));
            }
        }
    }
}
