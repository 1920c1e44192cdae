package no.praksis.validator.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.Validator;

/**
 * The syntax mistakes people make most, each told in plain bokmål (and English) at the line and
 * column to look at, rather than in the YAML parser's English.
 */
class SyntaxMessagesTest {

    private static final Validator NB = Validator.builder().build();
    private static final Validator EN = Validator.builder().language("en").build();

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a colon in text without quotes", "id: a\ntitle: Avtale: del 2\n", 2, 14,
                        "Et kolon står der et nytt felt ikke kan begynne.", "A colon stands where a new field cannot begin."),
                Arguments.of("a line indented too far", "id: a\n  title: b\n", 2, 8,
                        "Et kolon står der et nytt felt ikke kan begynne.", "A colon stands where a new field cannot begin."),
                Arguments.of("a field out of line", "parties:\n  institution:\n    name: a\n   unit: b\n", 4, 4,
                        "Innrykket på denne linjen stemmer ikke med linjene over",
                        "The indentation of this line does not match the lines above"),
                Arguments.of("a list item where a field is expected", "id: a\n- b\n", 2, 1,
                        "Innrykket på denne linjen stemmer ikke med linjene over",
                        "The indentation of this line does not match the lines above"),
                Arguments.of("a tab", "parties:\n\tinstitution: a\n", 2, 1,
                        "Linjen er rykket inn med tabulator.", "The line is indented with a tab."),
                Arguments.of("an unclosed double quote", "id: a\ntitle: \"Avtale\nversion: 1\n", 2, 8,
                        "Anførselstegnet som åpner teksten her, blir aldri lukket.",
                        "The quote that opens the text here is never closed."),
                Arguments.of("an unclosed single quote", "id: a\ntitle: 'Avtale\nversion: 1\n", 2, 8,
                        "Anførselstegnet som åpner teksten her, blir aldri lukket.",
                        "The quote that opens the text here is never closed."),
                Arguments.of("an unclosed list", "services: [a, b\nid: x\n", 2, 3,
                        "En liste i hakeparenteser («[ … ]») mangler komma", "A list in brackets (“[ … ]”) lacks a comma"),
                Arguments.of("an unclosed mapping", "m: {a: 1, b: 2\nid: x\n", 2, 3,
                        "En samling i krøllparenteser («{ … }») mangler komma", "A mapping in braces (“{ … }”) lacks a comma"),
                Arguments.of("a value starting with @", "title: @OsloMet\n", 1, 8,
                        "En verdi uten anførselstegn kan ikke begynne med tegnet «@».",
                        "A value without quotes cannot begin with the character “@”."),
                Arguments.of("an asterisk at the start", "title: *viktig\n", 1, 8,
                        "Verdien «*viktig» er et YAML-alias, men ingen verdi er merket «&viktig» før den.",
                        "The value “*viktig” is a YAML alias, but no value before it is marked “&viktig”."),
                Arguments.of("a backslash in double quotes", "title: \"C:\\mapper\\avtale\"\n", 1, 12,
                        "Teksten i doble anførselstegn inneholder «\\m», som ikke er en gyldig escape-sekvens.",
                        "The double-quoted text holds “\\m”, which is not a valid escape sequence."),
                Arguments.of("a control character", "title: a\u0001\n", 1, 9,
                        "Filen inneholder tegnet U+0001 (START OF HEADING), som ikke er tillatt i YAML.",
                        "The file holds the character U+0001 (START OF HEADING), which YAML does not allow."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachCommonMistakeIsToldInPlainWordsWhereItIs(String mistake, String yaml, int line, int column,
                                                      String bokmål, String english) {
        Finding nb = only(NB.validate("avtale.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(nb.ruleId()).isEqualTo("parse");
        assertThat(nb.line()).as("line").isEqualTo(line);
        assertThat(nb.column()).as("column").isEqualTo(column);
        assertThat(nb.message()).startsWith(bokmål).doesNotContain("YAML-leserens beskrivelse");
        assertThat(only(EN.validate("avtale.yaml", yaml.getBytes(StandardCharsets.UTF_8))).message()).startsWith(english);
    }

    @Test
    void theLineAndParagraphSeparatorEscapesOfYaml12AreReportedWithWhatToWriteInstead() {
        // YAML 1.2 has \L (U+2028) and \P (U+2029); SnakeYAML Engine does not, and called them no
        // valid escape at all, with the advice to double the backslash, which would put "\L" in the text.
        Finding line = only(NB.validate("avtale.yaml", "id: a\ntitle: \"Del 1\\LDel 2\"\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(line.ruleId()).isEqualTo("parse");
        assertThat(line.line()).isEqualTo(2);
        assertThat(line.column()).isEqualTo(15);
        assertThat(line.message()).isEqualTo("Teksten i doble anførselstegn inneholder «\\L», som i YAML 1.2 står for "
                + "tegnet U+2028 (LINE SEPARATOR). YAML-leseren praksis bruker, kjenner ikke denne escape-sekvensen. "
                + "Skriv \\n for et linjeskift i teksten.");
        Finding paragraph = only(EN.validate("avtale.yaml", "title: \"Del 1\\PDel 2\"\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(paragraph.message()).isEqualTo("The double-quoted text holds “\\P”, which in YAML 1.2 stands for the "
                + "character U+2029 (PARAGRAPH SEPARATOR). The YAML reader praksis uses does not know this escape "
                + "sequence. Write \\n\\n for a new paragraph in the text (an empty line between the paragraphs).");
        // Written as advised, the text is accepted.
        assertThat(NB.validate("avtale.yaml", "id: a\ntitle: \"Del 1\\nDel 2\"\n".getBytes(StandardCharsets.UTF_8))
                .parsed()).isTrue();
    }

    private static Finding only(FileReport report) {
        assertThat(report.findings()).hasSize(1);
        return report.findings().get(0);
    }
}
