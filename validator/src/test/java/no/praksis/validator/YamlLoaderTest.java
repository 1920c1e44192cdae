package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.load.LoadedDocument;
import no.praksis.validator.load.YamlLoader;
import no.praksis.validator.schema.SchemaCheck;

class YamlLoaderTest {

    private static final YamlLoader LOADER = new YamlLoader(SchemaCheck.standard().navigator(), LoadLimits.DEFAULT);

    private static LoadedDocument load(String yaml) {
        return LOADER.load(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyNodeKnowsItsOneBasedLineAndColumn() {
        LoadedDocument document = load("""
                id: a
                parties:
                  institution:
                    name: OsloMet
                sites:
                  - id: s1
                    programmes: [sykepleier, vernepleier]
                """);
        assertThat(document.sourceMap().positionOf("/id")).isEqualTo(new Position(1, 5));
        assertThat(document.sourceMap().positionOf("/parties/institution/name")).isEqualTo(new Position(4, 11));
        // A collection reached through a key is placed at its key.
        assertThat(document.sourceMap().positionOf("/parties/institution")).isEqualTo(new Position(3, 3));
        assertThat(document.sourceMap().positionOf("/sites/0")).isEqualTo(new Position(6, 5));
        assertThat(document.sourceMap().positionOf("/sites/0/programmes/1")).isEqualTo(new Position(7, 30));
        // Something missing is placed at the nearest node that is there.
        assertThat(document.sourceMap().positionOf("/parties/institution/organisationNumber"))
                .isEqualTo(new Position(3, 3));
    }

    @Test
    void aDuplicateKeyIsReportedAtTheDuplicatesLine() {
        LoadedDocument document = load("""
                id: a
                title: første
                version: 1
                title: andre
                """);
        assertThat(document.detections()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("YAML-DUPLICATE-KEY");
            assertThat(d.position()).isEqualTo(new Position(4, 1));
            assertThat(d.args()).containsEntry("key", "title").containsEntry("firstLine", "2");
        });
        assertThat(document.tree().get("title").asString()).isEqualTo("første");
    }

    @ParameterizedTest
    @CsvSource({
        "'municipalityNumber: 0301', /parties/municipalities/0/municipalityNumber, 0301, number",
        "'name: NO', /parties/municipalities/0/name, NO, boolean",
        "'name: yes', /parties/municipalities/0/name, yes, boolean",
        "'name: on', /parties/municipalities/0/name, on, boolean",
        "'name: 1e3', /parties/municipalities/0/name, 1e3, number",
        "'name: 2026-01-01', /parties/municipalities/0/name, 2026-01-01, date",
        "'organisationNumber: 974760673', /parties/municipalities/0/organisationNumber, 974760673, number",
    })
    void textThatYamlWouldReadAsSomethingElseIsKeptAsWrittenAndReported(String line, String pointer, String text,
                                                                         String reading) {
        LoadedDocument document = load("parties:\n  municipalities:\n    - " + line + "\n");
        assertThat(document.tree().at(pointer).asString()).isEqualTo(text);
        assertThat(document.detections()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("YAML-QUOTE-TEXT");
            assertThat(d.variant()).isEqualTo(reading);
            assertThat(d.args()).containsEntry("value", text);
            assertThat(d.position()).isEqualTo(new Position(3, 7 + line.indexOf(':') + 2));
        });
    }

    @Test
    void quotedTextAndDatesWhereDatesBelongAreNotReported() {
        LoadedDocument document = load("""
                term:
                  effectiveFrom: 2026-08-01
                parties:
                  municipalities:
                    - municipalityNumber: "0301"
                      name: 'NO'
                version: 3
                """);
        assertThat(document.detections()).isEmpty();
        assertThat(document.tree().at("/term/effectiveFrom").asString()).isEqualTo("2026-08-01");
        assertThat(document.tree().at("/version").isInt()).isTrue();
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "id: a\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        LoadedDocument document = LOADER.load(bytes);
        assertThat(document.parsed()).isTrue();
        assertThat(document.tree().get("id").asString()).isEqualTo("a");
    }

    @Test
    void invalidUtf8IsAParseFindingAtItsLine() {
        byte[] bytes = "id: a\ntitle: b\u00e6d\n".getBytes(StandardCharsets.ISO_8859_1);
        LoadedDocument document = LOADER.load(bytes);
        assertParseFailure(document, "encoding");
        assertThat(document.detections().get(0).position()).isEqualTo(new Position(2, 9));
    }

    @Test
    void syntaxErrorsEmptyFilesAndNonMappingsAreParseFindings() {
        assertParseFailure(load("id: a\n  title: [b\n"), "syntax-colon");
        assertParseFailure(load("%YAML 1.2\n%YAML 1.2\n---\nid: a\n"), "syntax");
        assertParseFailure(load(""), "empty");
        assertParseFailure(load("# bare en kommentar\n"), "empty");
        assertParseFailure(load("- a\n- b\n"), "top-level-list");
        assertParseFailure(load("bare tekst\n"), "top-level-scalar");
        assertParseFailure(load("id: a\n---\nid: b\n"), "several-documents");
        assertParseFailure(load("id: a\n\ttitle: b\n"), "syntax-tab");
    }

    @Test
    void nestingAndAliasExpansionAreBounded() {
        assertParseFailure(load("a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"), "too-deep");
        StringBuilder laughs = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("a").append(i).append(": &a").append(i).append(" [");
            laughs.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        // Expanding the aliases would never end; the timeout only catches that (speed: bench/hostile.sh).
        LoadedDocument document = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> load(laughs.toString()));
        assertParseFailure(document, "too-many-aliases");
    }

    @Test
    void anOversizeFileIsRejectedBeforeParsing() {
        YamlLoader small = new YamlLoader(SchemaCheck.standard().navigator(), new LoadLimits(10, 64, 100, 1000));
        assertParseFailure(small.load("id: a-long-identifier\n".getBytes(StandardCharsets.UTF_8)), "too-large");
    }

    private static void assertParseFailure(LoadedDocument document, String variant) {
        assertThat(document.parsed()).isFalse();
        List<Detection> detections = document.detections();
        assertThat(detections).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("parse");
            assertThat(d.variant()).isEqualTo(variant);
        });
    }
}
