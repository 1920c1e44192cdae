package no.praksis.validator.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import tools.jackson.databind.JsonNode;

import no.praksis.schema.CodeLists;
import no.praksis.schema.LocalizedText;
import no.praksis.schema.ProgrammeEntry;
import no.praksis.schema.ProgrammeTerm;

/**
 * Finds the subschema that applies at a place in the agreement, so that the loader knows where the
 * format expects text. It follows {@code properties}, {@code additionalProperties}, {@code items}
 * and local {@code $ref}s, which is all the format's schema uses to describe structure.
 */
public final class SchemaNavigator {

    /**
     * The nynorsk titles and descriptions of the schema, keyed by the JSON pointer of each in the
     * schema ({@code /properties/term/properties/effectiveFrom/title}). The schema itself is in
     * bokmål, the language editors show it in.
     */
    private static final String NYNORSK = "annotations_nn.properties";

    /**
     * The English titles and descriptions, keyed as the nynorsk ones: for the English texts that
     * name a part of the schema, such as a section of a diff. The English messages of the SCHEMA-*
     * findings do not quote the schema's titles and descriptions (their templates have no
     * {@code {title}} or {@code {description}}).
     */
    private static final String ENGLISH = "annotations_en.properties";

    /** Where the code-list-derived programme terms are: their texts come from the code list. */
    private static final String PROGRAMME_TERMS = "/$defs/programmeTerms/properties/";

    /**
     * The kept translations, read when first asked for: a check in which the schema finds nothing
     * never needs them, and reading them with the class would delay every cold start.
     */
    private static final class Kept {
        static final Properties TRANSLATIONS = translations(NYNORSK);

        static final Properties ENGLISH_TRANSLATIONS = translations(ENGLISH);

        /** The names of the schema's fixed values (enumDescriptions), by pointer of each name. */
        static final Map<String, Properties> ENUM_NAMES = Map.of(
                "nn", translations("enum-names_nn.properties"), "en", translations("enum-names_en.properties"));
    }

    /** The fixed values whose names are the code lists' own (generated into the schema from them). */
    private static final String PROGRAMME_CODE = "/$defs/programmeCode";
    private static final String SERVICE_AREA = "/$defs/serviceArea";
    private static final java.util.Set<String> CODE_LIST_VALUES = java.util.Set.of(PROGRAMME_CODE, SERVICE_AREA);

    private final JsonNode root;
    /** The JSON pointer in the schema of each of its objects, to find an annotation's translation. */
    private final Map<JsonNode, String> pointers = new IdentityHashMap<>();

    /**
     * The target of each {@code $ref} in the schema, followed once here: every scalar of every
     * agreement asks what its field expects, and following a reference parses its pointer anew
     * (about a twentieth of a bulk run's loading, docs/benchmarks.md). Filled in the constructor and
     * only read after, so it is safe on every thread.
     */
    private final Map<JsonNode, JsonNode> references = new IdentityHashMap<>();

    public SchemaNavigator(JsonNode root) {
        this.root = root;
        index(root, "");
        for (JsonNode node : pointers.keySet()) {
            if (node.has("$ref")) {
                references.put(node, follow(node));
            }
        }
    }

    private void index(JsonNode node, String pointer) {
        if (node.isObject()) {
            pointers.put(node, pointer);
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                index(property.getValue(), pointer + "/" + property.getKey().replace("~", "~0").replace("/", "~1"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                index(node.get(i), pointer + "/" + i);
            }
        }
    }

    private static Properties translations(String resource) {
        Properties properties = new Properties();
        try (InputStream in = SchemaNavigator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The schema of the whole agreement. */
    public JsonNode root() {
        return root;
    }

    /** The subschema for property {@code name} of an object described by {@code schema}, or null. */
    public JsonNode property(JsonNode schema, String name) {
        JsonNode resolved = resolve(schema);
        if (resolved == null) {
            return null;
        }
        JsonNode property = resolved.path("properties").get(name);
        if (property != null) {
            return property;
        }
        JsonNode additional = resolved.get("additionalProperties");
        return additional != null && additional.isObject() ? additional : null;
    }

    /** The subschema for the items of an array described by {@code schema}, or null. */
    public JsonNode items(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        return resolved == null ? null : resolved.get("items");
    }

    /**
     * The subschema that describes the node at {@code pointer}, following the agreement's structure
     * from the root, or null when the pointer leaves the described structure.
     */
    public JsonNode at(String pointer) {
        JsonNode current = root;
        if (pointer.isEmpty()) {
            return current;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            if (current == null) {
                return null;
            }
            JsonNode resolved = resolve(current);
            boolean array = resolved != null && "array".equals(resolved.path("type").asString(""));
            current = array ? items(current) : property(current, token.replace("~1", "/").replace("~0", "~"));
        }
        return current;
    }

    /** The title of {@code schema}, from the schema itself or from the definition it refers to. */
    public String title(JsonNode schema) {
        return annotation(schema, "title");
    }

    /** The description of {@code schema}, from the schema itself or from the definition it refers to. */
    public String description(JsonNode schema) {
        return annotation(schema, "description");
    }

    /**
     * The title of {@code schema} in each language, for a message in that language: the schema's
     * own (bokmål) where no translation is kept, in nynorsk or in English.
     */
    public LocalizedText titleText(JsonNode schema) {
        return localized(schema, "title");
    }

    /** The description of {@code schema} in each language, as {@link #titleText}. */
    public LocalizedText descriptionText(JsonNode schema) {
        return localized(schema, "description");
    }

    private LocalizedText localized(JsonNode schema, String keyword) {
        String nb = annotation(schema, keyword);
        JsonNode owner = schema == null ? null : schema.has(keyword) ? schema : resolve(schema);
        String pointer = owner == null || !owner.has(keyword) ? null : pointers.get(owner);
        if (pointer == null) {
            return LocalizedText.same(nb);
        }
        if (pointer.startsWith(PROGRAMME_TERMS)) {
            String key = pointer.substring(PROGRAMME_TERMS.length());
            Optional<LocalizedText> term = CodeLists.standard().programmes().stream()
                    .map(ProgrammeEntry::terms).flatMap(java.util.List::stream)
                    .filter(t -> t.key().equals(key)).findFirst()
                    .map("title".equals(keyword) ? ProgrammeTerm::title : ProgrammeTerm::description);
            if (term.isPresent()) {
                return term.get();
            }
        }
        String nn = Kept.TRANSLATIONS.getProperty(pointer + "/" + keyword);
        String en = Kept.ENGLISH_TRANSLATIONS.getProperty(pointer + "/" + keyword);
        return new LocalizedText(nb, nn != null ? nn : nb, en != null ? en : nb);
    }

    /**
     * The schema with its titles and descriptions in {@code language} (nb, nn or en): what a form
     * built from it shows the user. The schema itself, and what it checks, is unchanged.
     */
    public JsonNode annotated(String language) {
        JsonNode copy = root.deepCopy();
        annotate(root, copy, language);
        return copy;
    }

    private void annotate(JsonNode original, JsonNode copy, String language) {
        if (original.isObject()) {
            String pointer = pointers.get(original);
            for (String keyword : new String[] {"title", "description"}) {
                if (original.has(keyword) && original.get(keyword).isString() && !pointer.endsWith("/properties")) {
                    ((tools.jackson.databind.node.ObjectNode) copy).put(keyword, localized(original, keyword).in(language));
                }
            }
            if (original.path("enumDescriptions").isArray() && original.path("enum").isArray()) {
                ((tools.jackson.databind.node.ObjectNode) copy).set("enumDescriptions", enumNames(original, pointer, language));
            }
            for (Map.Entry<String, JsonNode> property : original.properties()) {
                if (!"enumDescriptions".equals(property.getKey())) {
                    annotate(property.getValue(), copy.get(property.getKey()), language);
                }
            }
        } else if (original.isArray()) {
            for (int i = 0; i < original.size(); i++) {
                annotate(original.get(i), copy.get(i), language);
            }
        }
    }

    /** The names of the fixed values of {@code node} (at {@code pointer}) in {@code language}; bokmål where none is kept. */
    private static tools.jackson.databind.node.ArrayNode enumNames(JsonNode node, String pointer, String language) {
        tools.jackson.databind.node.ArrayNode names = ((tools.jackson.databind.node.ArrayNode) node.get("enumDescriptions")).deepCopy();
        Properties kept = Kept.ENUM_NAMES.get(language);
        for (int i = 0; i < names.size(); i++) {
            String code = node.get("enum").path(i).asString();
            String name = null;
            if (PROGRAMME_CODE.equals(pointer)) {
                name = CodeLists.standard().programme(code).map(p -> p.names().in(language)).orElse(null);
            } else if (SERVICE_AREA.equals(pointer)) {
                name = CodeLists.standard().serviceArea(code).map(a -> a.names().in(language)).orElse(null);
            } else if (kept != null) {
                name = kept.getProperty(pointer + "/enumDescriptions/" + i);
            }
            if (name != null) {
                names.set(i, names.stringNode(name));
            }
        }
        return names;
    }

    /** The pointer of every name of a fixed value the schema words itself (not the code lists'), for a test that all are translated. */
    public java.util.List<String> enumNamePointers() {
        java.util.List<String> all = new java.util.ArrayList<>();
        pointers.forEach((node, pointer) -> {
            if (node.path("enumDescriptions").isArray() && !CODE_LIST_VALUES.contains(pointer)) {
                for (int i = 0; i < node.get("enumDescriptions").size(); i++) {
                    all.add(pointer + "/enumDescriptions/" + i);
                }
            }
        });
        java.util.Collections.sort(all);
        return all;
    }

    /** The names of fixed values kept in {@code language} (nn, en), by pointer: for the same test. */
    public static Map<String, String> enumNames(String language) {
        return byPointer(Kept.ENUM_NAMES.get(language));
    }

    /** The pointer of every title and description in the schema, for a test that all are translated. */
    public java.util.List<String> annotationPointers() {
        java.util.List<String> all = new java.util.ArrayList<>();
        pointers.forEach((node, pointer) -> {
            for (String keyword : new String[] {"title", "description"}) {
                if (node.has(keyword) && node.get(keyword).isString() && !pointer.endsWith("/properties")) {
                    all.add(pointer + "/" + keyword);
                }
            }
        });
        java.util.Collections.sort(all);
        return all;
    }

    /** The nynorsk translations kept, by pointer: for the same test. */
    public static Map<String, String> nynorsk() {
        return byPointer(Kept.TRANSLATIONS);
    }

    /** The English translations kept, by pointer: for the same test. */
    public static Map<String, String> english() {
        return byPointer(Kept.ENGLISH_TRANSLATIONS);
    }

    private static Map<String, String> byPointer(Properties translations) {
        Map<String, String> all = new java.util.TreeMap<>();
        translations.stringPropertyNames().forEach(key -> all.put(key, translations.getProperty(key)));
        return all;
    }

    private String annotation(JsonNode schema, String keyword) {
        if (schema == null) {
            return "";
        }
        if (schema.has(keyword)) {
            return schema.get(keyword).asString();
        }
        JsonNode resolved = resolve(schema);
        return resolved != null && resolved.has(keyword) ? resolved.get(keyword).asString() : "";
    }

    /** The property names an object described by {@code schema} may have. */
    public java.util.List<String> propertyNames(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved == null || !resolved.has("properties")) {
            return java.util.List.of();
        }
        return java.util.List.copyOf(resolved.get("properties").propertyNames());
    }

    /** True when {@code schema} admits only text (a string, or a code from a list of strings). */
    public boolean expectsText(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved == null) {
            return false;
        }
        JsonNode type = resolved.get("type");
        if (type != null) {
            return type.isString() && "string".equals(type.asString());
        }
        JsonNode constant = resolved.get("const");
        return constant != null && constant.isString();
    }

    /** True when {@code schema} admits only whole numbers. */
    public boolean expectsInteger(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        return resolved != null && "integer".equals(resolved.path("type").asString(""));
    }

    /** True when {@code schema} expects a calendar date. */
    public boolean expectsDate(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        return resolved != null && "date".equals(resolved.path("format").asString(""));
    }

    /**
     * Follows local {@code $ref}s. Annotations beside a {@code $ref} (title, description) belong to
     * the referring schema; the structure comes from the target.
     */
    public JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return schema;
        }
        JsonNode target = references.get(schema);
        return target != null || references.containsKey(schema) ? target : follow(schema);
    }

    private JsonNode follow(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 16; hops++) {
            String ref = current.get("$ref").asString();
            current = ref.startsWith("#") ? root.at(ref.substring(1)) : null;
            if (current != null && current.isMissingNode()) {
                current = null;
            }
        }
        return current;
    }
}
