package no.praksis.validator.diff;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.validator.schema.SchemaNavigator;

/**
 * The new version of an agreement with its changed prose marked, for the redline: in a text that
 * changed, the words that went and the words that came are wrapped in marks, which the renderer makes
 * struck-through and underlined text. The marks are characters of Unicode's private use area, which
 * no agreement holds (YAML-UNDRAWABLE-CHARACTER refuses them), so that they pass through the
 * templates' escaping unchanged and cannot be forged by the agreement. Only free text is marked: a
 * code, an id, a date or a number is looked up or formatted by the contract, and shows its new value;
 * the table of changes gives every change.
 */
public final class Redline {

    /** Where removed text begins and ends, and inserted text. */
    public static final char REMOVED_START = '\uE000';
    public static final char REMOVED_END = '\uE001';
    public static final char ADDED_START = '\uE002';
    public static final char ADDED_END = '\uE003';

    private Redline() {
    }

    /** {@code newTree} with the changed free text of {@code changes} marked; the tree itself is not changed. */
    public static JsonNode marked(SchemaNavigator schema, JsonNode newTree, List<Change> changes) {
        JsonNode marked = newTree.deepCopy();
        for (Change change : changes) {
            if (change.kind() == Change.Kind.REMOVED || !freeText(schema, change.pointer())) {
                continue;
            }
            String text;
            if (change.kind() == Change.Kind.ADDED && change.newValue().isString()) {
                text = ADDED_START + change.newValue().asString() + ADDED_END;
            } else if (change.kind() == Change.Kind.CHANGED && change.oldValue().isString()
                    && change.newValue().isString()) {
                text = merged(change.oldValue().asString(), change.newValue().asString());
            } else {
                continue;
            }
            set(marked, change.pointer(), text);
        }
        return marked;
    }

    /** The two wordings as one text: what stayed, what went (marked) and what came (marked), in reading order. */
    static String merged(String before, String after) {
        StringBuilder text = new StringBuilder();
        for (WordDiff.Part part : WordDiff.of(before, after)) {
            switch (part.op()) {
                case SAME -> text.append(part.text());
                case REMOVED -> text.append(REMOVED_START).append(part.text().stripTrailing()).append(REMOVED_END)
                        .append(' ');
                case ADDED -> text.append(ADDED_START).append(part.text().stripTrailing()).append(ADDED_END).append(' ');
            }
        }
        return text.toString().stripTrailing();
    }

    /** Whether the value at {@code pointer} is prose the contract prints as written: no code, id, date or pattern. */
    private static boolean freeText(SchemaNavigator schema, String pointer) {
        JsonNode at = schema.at(pointer);
        JsonNode resolved = at == null ? null : schema.resolve(at);
        // The format's prose only asks that a text is not blank (pattern \S); any other pattern is an id or a code.
        return resolved != null && schema.expectsText(at) && !resolved.has("enum") && !resolved.has("format")
                && !resolved.has("const") && (!resolved.has("pattern") || "\\S".equals(resolved.get("pattern").asString()));
    }

    private static void set(JsonNode root, String pointer, String text) {
        int last = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, last));
        String token = pointer.substring(last + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.put(token, text);
        } else if (parent instanceof ArrayNode array && token.chars().allMatch(Character::isDigit)) {
            array.set(Integer.parseInt(token), JsonNodeFactory.instance.stringNode(text));
        }
    }

    /**
     * {@code xhtml} with the marks made elements: removed text as {@code <del>}, inserted as
     * {@code <ins>}, each with a word for those who cannot see the line through or under it. In the
     * document's title and in attributes, which hold no elements, only the new wording is kept.
     */
    public static String toMarkup(String xhtml, String removedWord, String addedWord) {
        StringBuilder out = new StringBuilder(xhtml.length());
        boolean inTag = false;
        boolean inTitle = false;
        for (int i = 0; i < xhtml.length(); i++) {
            char c = xhtml.charAt(i);
            if (c == '<') {
                inTag = true;
                inTitle = xhtml.startsWith("<title", i) || inTitle && !xhtml.startsWith("</title", i);
            } else if (c == '>') {
                inTag = false;
            }
            boolean plain = inTag || inTitle;
            if (c == REMOVED_START) {
                if (plain) {
                    // Skip what went: the title and attributes read as the new version.
                    int end = xhtml.indexOf(REMOVED_END, i);
                    i = end < 0 ? xhtml.length() : end;
                    // And one of the two spaces that stood around it.
                    if (i + 1 < xhtml.length() && xhtml.charAt(i + 1) == ' ' && out.length() > 0
                            && out.charAt(out.length() - 1) == ' ') {
                        i++;
                    }
                } else {
                    out.append("<span class=\"change-word\">").append(removedWord).append(" </span><del>");
                }
            } else if (c == REMOVED_END) {
                out.append(plain ? "" : "</del>");
            } else if (c == ADDED_START) {
                out.append(plain ? "" : "<span class=\"change-word\">" + addedWord + " </span><ins>");
            } else if (c == ADDED_END) {
                out.append(plain ? "" : "</ins>");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
