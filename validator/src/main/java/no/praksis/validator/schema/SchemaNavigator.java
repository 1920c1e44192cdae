package no.praksis.validator.schema;

import tools.jackson.databind.JsonNode;

/**
 * Finds the subschema that applies at a place in the agreement, so that the loader knows where the
 * format expects text. It follows {@code properties}, {@code additionalProperties}, {@code items}
 * and local {@code $ref}s, which is all the format's schema uses to describe structure.
 */
public final class SchemaNavigator {

    private final JsonNode root;

    public SchemaNavigator(JsonNode root) {
        this.root = root;
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
