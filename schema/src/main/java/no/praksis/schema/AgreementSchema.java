package no.praksis.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of format {@code praksisavtale/v1}.
 *
 * <p>The schema is written by hand except for three {@code $defs} that are derived from the code
 * lists ({@link #withCodeLists}), so that programme codes, service areas and programme terms are
 * kept in one place. {@code SchemaFileTest} keeps the committed file equal to that derivation.
 */
public final class AgreementSchema {

    /** Classpath location of the schema. */
    public static final String RESOURCE = "/no/praksis/schema/praksisavtale-v1.schema.json";

    /** The format identifier this schema describes. */
    public static final String FORMAT = "praksisavtale/v1";

    private AgreementSchema() {
    }

    /** The schema shipped with this version of the tool. */
    public static JsonNode load() {
        try (InputStream in = AgreementSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the classpath: " + RESOURCE);
            }
            return JsonText.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code schema} whose code-list {@code $defs} are generated from {@code codeLists}. */
    public static ObjectNode withCodeLists(JsonNode schema, CodeLists codeLists) {
        ObjectNode result = (ObjectNode) schema.deepCopy();
        ObjectNode defs = (ObjectNode) result.required("$defs");
        defs.set("programmeCode", programmeCode(codeLists));
        defs.set("serviceArea", serviceArea(codeLists));
        defs.set("programmeTerms", programmeTerms(codeLists));
        return result;
    }

    private static ObjectNode programmeCode(CodeLists codeLists) {
        ObjectNode def = JsonText.MAPPER.createObjectNode();
        def.put("title", "Utdanningsprogram");
        def.put("description", "Kode fra programlisten: de tjue utdanningene i forskrift om felles rammeplan "
                + "§ 1 og videreutdanningene med egen nasjonal retningslinje.");
        def.put("type", "string");
        ArrayNode codes = def.putArray("enum");
        ArrayNode names = def.putArray("enumDescriptions");
        for (ProgrammeEntry p : codeLists.programmes()) {
            codes.add(p.code());
            names.add(p.names().nb());
        }
        return def;
    }

    private static ObjectNode serviceArea(CodeLists codeLists) {
        ObjectNode def = JsonText.MAPPER.createObjectNode();
        def.put("title", "Tjenesteområde");
        def.put("description", "Hvilken type kommunal tjeneste praksisstedet hører til.");
        def.put("type", "string");
        ArrayNode codes = def.putArray("enum");
        ArrayNode names = def.putArray("enumDescriptions");
        for (ServiceAreaEntry s : codeLists.serviceAreas()) {
            codes.add(s.code());
            names.add(s.names().nb());
        }
        return def;
    }

    private static ObjectNode programmeTerms(CodeLists codeLists) {
        ObjectNode def = JsonText.MAPPER.createObjectNode();
        def.put("title", "Programspesifikke vilkår");
        def.put("description", "Avtaletekst som programmets nasjonale retningslinje krever at avtalen dekker. "
                + "Hvilke vilkår som kreves, avhenger av programmet.");
        def.put("type", "object");
        def.put("additionalProperties", false);
        ObjectNode properties = def.putObject("properties");
        for (ProgrammeEntry p : codeLists.programmes()) {
            for (ProgrammeTerm term : p.terms()) {
                if (!properties.has(term.key())) {
                    ObjectNode property = properties.putObject(term.key());
                    property.put("title", term.title().nb());
                    property.put("description", term.description().nb());
                    property.put("$ref", "#/$defs/text");
                }
            }
        }
        return def;
    }
}
