package no.praksis.validator.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import no.praksis.schema.LocalizedText;
import no.praksis.validator.load.SourceMap;
import no.praksis.validator.schema.SchemaNavigator;

/**
 * What changed between two versions of an agreement, value by value. It compares the documents, not
 * their text: comments, quoting, folding and the order of keys are no changes. An entry of a list is
 * matched by what identifies it ({@link #KEYS}: a site by its id, a commitment by its programme and
 * site, a signatory by party and name), never by its place, so that a moved entry is no change and
 * an inserted one is one addition, not a change to every entry after it.
 */
public final class AgreementDiff {

    /** The fields that identify an entry of each list, by the list's place ({@code *} for any entry). */
    static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("/parties/municipalities", List.of("id")),
            Map.entry("/programmes", List.of("code")),
            Map.entry("/sites", List.of("id")),
            Map.entry("/capacity/commitments", List.of("programme", "site")),
            Map.entry("/capacity/commitments/*/periods", List.of("weeks", "from", "to")),
            Map.entry("/roles/practiceCoordinators/municipalities", List.of("municipality")),
            Map.entry("/collaboration/forums", List.of("level", "name")),
            Map.entry("/signatories", List.of("party", "name")),
            Map.entry("/clauses", List.of("id")),
            Map.entry("/waivers", List.of("rule", "pointer")));

    /**
     * The sections in which a change alters what a party has undertaken, and so needs new signatures
     * (interfaces v1, revision 1.1); a change elsewhere (the title, the programmes' and sites'
     * descriptions, evaluation, students, user involvement, waivers, extensions) is editorial.
     */
    static final Set<String> MATERIAL = Set.of("parties", "term", "capacity", "competence", "responsibilities",
            "roles", "collaboration", "signatories", "clauses");

    /** Not compared: the version says that there is a change, and the findings say whether it rose. */
    private static final Set<String> NOT_COMPARED = Set.of("/version");

    private final SchemaNavigator schema;
    private final SourceMap oldMap;
    private final SourceMap newMap;
    private final List<Change> changes = new ArrayList<>();

    private AgreementDiff(SchemaNavigator schema, SourceMap oldMap, SourceMap newMap) {
        this.schema = schema;
        this.oldMap = oldMap;
        this.newMap = newMap;
    }

    /** The changes from {@code oldTree} to {@code newTree}, in the order of the new version. */
    public static List<Change> between(SchemaNavigator schema, JsonNode oldTree, SourceMap oldMap, JsonNode newTree,
                                       SourceMap newMap) {
        AgreementDiff diff = new AgreementDiff(schema, oldMap, newMap);
        diff.compare(oldTree, "", newTree, "");
        return List.copyOf(diff.changes);
    }

    private void compare(JsonNode before, String oldPointer, JsonNode after, String newPointer) {
        if (NOT_COMPARED.contains(newPointer)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            after.properties().forEach(e -> keys.add(e.getKey()));
            before.properties().forEach(e -> keys.add(e.getKey()));
            for (String key : keys) {
                String token = "/" + SourceMap.escape(key);
                JsonNode was = before.get(key);
                JsonNode is = after.get(key);
                if (was == null) {
                    added(newPointer + token, is);
                } else if (is == null) {
                    removed(oldPointer + token, was);
                } else {
                    compare(was, oldPointer + token, is, newPointer + token);
                }
            }
        } else if (before.isArray() && after.isArray()) {
            compareLists(before, oldPointer, after, newPointer);
        } else if (!before.equals(after)) {
            changes.add(change(newPointer, oldPointer, Change.Kind.CHANGED, before, after, newMap.positionOf(newPointer).line()));
        }
    }

    /**
     * Entries matched by their identifying fields where the list has them, texts and numbers by their
     * value, anything else by its place; an entry without a match was added or removed.
     */
    private void compareLists(JsonNode before, String oldPointer, JsonNode after, String newPointer) {
        List<String> keyFields = KEYS.get(newPointer.replaceAll("/[0-9]+(?=/|$)", "/*"));
        boolean[] matched = new boolean[before.size()];
        for (int i = 0; i < after.size(); i++) {
            JsonNode entry = after.get(i);
            int match = match(before, matched, entry, i, keyFields);
            String at = newPointer + "/" + i;
            if (match < 0) {
                added(at, entry);
            } else {
                matched[match] = true;
                compare(before.get(match), oldPointer + "/" + match, entry, at);
            }
        }
        for (int j = 0; j < before.size(); j++) {
            if (!matched[j]) {
                removed(oldPointer + "/" + j, before.get(j));
            }
        }
    }

    /** The old entry that {@code entry}, the {@code place}th of the new list, is; -1 when none is. */
    private static int match(JsonNode before, boolean[] matched, JsonNode entry, int place, List<String> keyFields) {
        if (entry.isValueNode()) {
            for (int j = 0; j < before.size(); j++) {
                if (!matched[j] && before.get(j).equals(entry)) {
                    return j;
                }
            }
            return -1;
        }
        if (keyFields != null && entry.isObject()) {
            List<JsonNode> key = key(entry, keyFields);
            for (int j = 0; j < before.size(); j++) {
                if (!matched[j] && before.get(j).isObject() && key.equals(key(before.get(j), keyFields))) {
                    return j;
                }
            }
            return -1;
        }
        return place < before.size() && !matched[place] && !before.get(place).isValueNode() ? place : -1;
    }

    private static List<JsonNode> key(JsonNode entry, List<String> fields) {
        List<JsonNode> key = new ArrayList<>();
        for (String field : fields) {
            key.add(entry.get(field));
        }
        return key;
    }

    private void added(String pointer, JsonNode value) {
        changes.add(change(pointer, null, Change.Kind.ADDED, null, value, newMap.positionOf(pointer).line()));
    }

    private void removed(String pointer, JsonNode value) {
        changes.add(change(pointer, pointer, Change.Kind.REMOVED, value, null, oldMap.positionOf(pointer).line()));
    }

    private Change change(String pointer, String oldPointer, Change.Kind kind, JsonNode before, JsonNode after, int line) {
        String section = section(pointer);
        return new Change(pointer, oldPointer, kind, title(section), before, after, MATERIAL.contains(section), line);
    }

    /** The top-level key a pointer lies under. */
    static String section(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        int end = pointer.indexOf('/', 1);
        return pointer.substring(1, end < 0 ? pointer.length() : end).replace("~1", "/").replace("~0", "~");
    }

    private LocalizedText title(String section) {
        JsonNode property = schema.property(schema.root(), section);
        LocalizedText title = property == null ? null : schema.titleText(property);
        return title == null || title.nb() == null ? LocalizedText.same(section) : title;
    }
}
