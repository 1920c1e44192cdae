package no.praksis.schema;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The project's one JSON style: two-space indentation, {@code "name": value}, one element per line. */
public final class JsonText {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private JsonText() {
    }

    /** {@code node} as pretty-printed JSON text ending in a newline. */
    public static String pretty(JsonNode node) {
        return PRETTY.writeValueAsString(node) + "\n";
    }
}
