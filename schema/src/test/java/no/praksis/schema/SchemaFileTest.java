package no.praksis.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Keeps the committed schema file in step with the code lists, and checks the promises the schema
 * makes to editors and users. Regenerate the code-list parts with
 * {@code ./mvnw -pl schema test -Dpraksis.regenerate=true}.
 */
class SchemaFileTest {

    private static final Path FILE = Paths.get(System.getProperty("praksis.schemaFile", "praksisavtale-v1.schema.json"));

    @Test
    void theCodeListPartsOfTheSchemaAreGeneratedFromTheCodeLists() throws IOException {
        String committed = Files.readString(FILE, StandardCharsets.UTF_8);
        String generated = JsonText.pretty(AgreementSchema.withCodeLists(JsonText.MAPPER.readTree(committed),
                CodeLists.standard()));
        if (Boolean.getBoolean("praksis.regenerate") && !generated.equals(committed)) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
            committed = generated;
        }
        assertThat(committed).as("%s is out of date; run ./mvnw -pl schema test -Dpraksis.regenerate=true", FILE)
                .isEqualTo(generated);
    }

    @Test
    void theShippedSchemaIsTheCommittedFile() throws IOException {
        assertThat(AgreementSchema.load()).isEqualTo(JsonText.MAPPER.readTree(FILE.toFile()));
    }

    @Test
    void everyPropertyHasANorwegianTitleAndDescription() {
        List<String> missing = new ArrayList<>();
        visit(AgreementSchema.load(), "", (path, schema) -> {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                JsonNode value = property.getValue();
                if (!value.hasNonNull("title") || !value.hasNonNull("description")) {
                    missing.add(path + "/properties/" + property.getKey());
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyObjectRejectsUnknownKeysExceptExtensions() {
        List<String> open = new ArrayList<>();
        visit(AgreementSchema.load(), "", (path, schema) -> {
            boolean object = "object".equals(schema.path("type").asString(""));
            if (object && !path.endsWith("/properties/extensions")
                    && !schema.path("additionalProperties").isBoolean()) {
                open.add(path);
            }
        });
        assertThat(open).isEmpty();
        assertThat(AgreementSchema.load().at("/properties/extensions/additionalProperties").isMissingNode()).isTrue();
    }

    @Test
    void everyWholeNumberHasABoundBelowAndABoundAboveAndSaysWhy() {
        // A whole number without a maximum went on to the rules and the contract, however many digits
        // it had: 4294967308 placements came out as 12.
        List<String> unbounded = new ArrayList<>();
        visit(AgreementSchema.load(), "", (path, schema) -> {
            if ("integer".equals(schema.path("type").asString(""))) {
                int maximum = schema.path("maximum").asInt(Integer.MAX_VALUE);
                if (!schema.has("minimum") || maximum == Integer.MAX_VALUE || !schema.has("$comment")
                        || !schema.path("description").asString("").contains(String.valueOf(maximum))) {
                    unbounded.add(path);
                }
            }
        });
        assertThat(unbounded).isEmpty();
    }

    @Test
    void theSchemaIsDraft2020_12() {
        assertThat(AgreementSchema.load().get("$schema").asString())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    private interface Visitor {
        void visit(String path, JsonNode schema);
    }

    /** Visits every subschema: properties, items, $defs and additionalProperties. */
    private static void visit(JsonNode schema, String path, Visitor visitor) {
        if (schema == null || !schema.isObject()) {
            return;
        }
        visitor.visit(path, schema);
        for (String keyword : List.of("properties", "$defs")) {
            for (Map.Entry<String, JsonNode> entry : schema.path(keyword).properties()) {
                visit(entry.getValue(), path + "/" + keyword + "/" + entry.getKey(), visitor);
            }
        }
        visit(schema.get("items"), path + "/items", visitor);
        visit(schema.get("additionalProperties"), path + "/additionalProperties", visitor);
    }
}
