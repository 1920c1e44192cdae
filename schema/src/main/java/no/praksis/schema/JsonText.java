package no.praksis.schema;

import java.io.Writer;
import java.util.Locale;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The project's one JSON style: two-space indentation, {@code "name": value}, one element per line. */
public final class JsonText {

    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new InvisibleCharacterEscapes()).build()).build();

    private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private JsonText() {
    }

    /**
     * Characters that are valid in a JSON string but act on whoever reads the text: DEL and the C1
     * controls, the line and paragraph separators U+2028 and U+2029 (line breaks to many viewers and,
     * before ES2019, the end of a JavaScript string), and the bidirectional marks, embeddings,
     * overrides and isolates (which make text display in another order than it is). JSON written by
     * praksis — reports of files that someone else wrote — carries them as {@code \\uXXXX} escapes:
     * the data stays exact, and no raw one reaches a log, a browser or a code-scanning page.
     */
    static final class InvisibleCharacterEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;

        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        InvisibleCharacterEscapes() {
            ascii[0x7F] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        static boolean invisible(int c) {
            return c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0x061C || c == 0x200E || c == 0x200F
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return invisible(c) ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", c)) : null;
        }
    }

    /**
     * A generator that writes the same style as {@link #pretty} to {@code out}, for a document
     * written a piece at a time (a report of many files). Closing it does not close {@code out}.
     */
    public static JsonGenerator prettyGenerator(Writer out) {
        return PRETTY.without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out);
    }

    /** {@code node} as pretty-printed JSON text ending in a newline. */
    public static String pretty(JsonNode node) {
        return PRETTY.writeValueAsString(node) + "\n";
    }
}
