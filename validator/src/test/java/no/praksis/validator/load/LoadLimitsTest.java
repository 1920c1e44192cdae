package no.praksis.validator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import no.praksis.validator.Detection;
import no.praksis.validator.Position;
import no.praksis.validator.schema.SchemaCheck;

/** The loader's limits and its handling of malformed YAML, one at a time. */
class LoadLimitsTest {

    private static YamlLoader loader(LoadLimits limits) {
        return new YamlLoader(SchemaCheck.standard().navigator(), limits);
    }

    private static LoadedDocument load(LoadLimits limits, String yaml) {
        return loader(limits).load(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static Detection failure(LoadedDocument document, String variant) {
        assertThat(document.parsed()).as("parsed").isFalse();
        assertThat(document.detections()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("parse");
            assertThat(d.variant()).isEqualTo(variant);
        });
        return document.detections().get(0);
    }

    @Test
    void aValueOrKeyLongerThanTheScalarLimitIsAFindingAtIt() {
        LoadLimits limits = LoadLimits.DEFAULT.withMaxScalarLength(10);
        assertThat(load(limits, "id: a\ntitle: " + "x".repeat(10) + "\n").parsed()).isTrue();
        Detection value = failure(load(limits, "id: a\ntitle: " + "x".repeat(11) + "\n"), "too-long");
        assertThat(value.position()).isEqualTo(new Position(2, 8));
        assertThat(value.args()).containsEntry("length", "11").containsEntry("limit", "10");
        Detection key = failure(load(limits, "id: a\n  \n" + "k".repeat(11) + ": b\n"), "too-long");
        assertThat(key.position()).isEqualTo(new Position(3, 1));
        Detection quoted = failure(load(limits, "id: \"" + "x".repeat(11) + "\"\n"), "too-long");
        assertThat(quoted.position()).isEqualTo(new Position(1, 5));
        Detection block = failure(load(limits, "id: a\ntitle: |\n  " + "x".repeat(6) + "\n  " + "y".repeat(6) + "\n"),
                "too-long");
        assertThat(block.position()).isEqualTo(new Position(2, 8));
    }

    @Test
    void theDefaultScalarLimitLeavesRoomForLongClauses() {
        String clause = "Partene skal samarbeide om praksis. ".repeat(2500);
        assertThat(clause.length()).isBetween(80_000, LoadLimits.DEFAULT_MAX_SCALAR_LENGTH);
        LoadedDocument document = load(LoadLimits.DEFAULT, "id: a\ntitle: " + clause + "\n");
        assertThat(document.parsed()).isTrue();
        assertThat(document.tree().get("title").asString()).isEqualTo(clause.strip());
    }

    @Test
    void aHugeWordIsRejectedInLinearTime() {
        // With SnakeYAML's default 1 KiB read buffer, scanning one 16 MB word took about a minute.
        LoadLimits limits = LoadLimits.DEFAULT.withMaxBytes(LoadLimits.MAX_MAX_BYTES);
        String word = "x".repeat((int) LoadLimits.MAX_MAX_BYTES - 100);
        for (String yaml : new String[] {"title: " + word + "\n", "title: \"" + word + "\"\n", "title: |\n  " + word + "\n"}) {
            // Linear scanning takes a fraction of a second (bench/hostile.sh measures a 4 MiB word);
            // the timeout only catches the quadratic scan, which takes about a minute.
            Detection detection = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> failure(load(limits, yaml), "too-long"));
            assertThat(detection.position().line()).isBetween(1, 2);
        }
    }

    @Test
    void moreNodesThanTheLimitAreRejectedAtTheFirstOneTooMany() {
        LoadLimits limits = new LoadLimits(LoadLimits.DEFAULT_MAX_BYTES, 64, 100, 10);
        // mapping, key, list, then items: the eleventh node is the eighth item.
        Detection detection = failure(load(limits, "a: [1, 2, 3, 4, 5, 6,\n  7, 8]\n"), "too-many-nodes");
        assertThat(detection.position()).isEqualTo(new Position(2, 6));
        assertThat(detection.args()).containsEntry("limit", "10");
        assertThat(load(limits, "a: [1, 2, 3, 4, 5, 6, 7]\n").parsed()).isTrue();
    }

    @Test
    void aliasesThatExpandBeyondTheNodeLimitAreRejected() {
        StringBuilder laughs = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 6; i++) {
            laughs.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        // 50 aliases and 128 nodes in the text, 111 111 nodes expanded.
        Detection detection = failure(load(LoadLimits.DEFAULT, laughs.toString()), "too-many-aliases");
        assertThat(detection.args()).containsEntry("limit", "100").containsEntry("nodes", "50000");
    }

    @Test
    void aliasesThatRepeatMoreTextThanTheLimitAreRejectedAtTheAliasThatExceedsIt() {
        LoadLimits limits = LoadLimits.DEFAULT.withMaxExpandedLength(100);
        // Keys count too: a, b and 30 characters written out, then 30 for each alias.
        String value = "x".repeat(30);
        assertThat(load(limits, "a: &t " + value + "\nb: [*t, *t]\n").parsed()).isTrue();
        Detection detection = failure(load(limits, "a: &t " + value + "\nb: [*t, *t,\n  *t]\n"), "too-long-expanded");
        assertThat(detection.position()).isEqualTo(new Position(3, 3));
        assertThat(detection.args()).containsEntry("limit", "100");
        // An alias to a collection counts all the text inside it, and is where the limit is reached:
        // a, k and 40 written out, then b, c and k and 40 for each alias.
        Detection collection = failure(load(limits, "a: &m {k: " + "x".repeat(40) + "}\nb: *m\nc: *m\n"),
                "too-long-expanded");
        assertThat(collection.position()).isEqualTo(new Position(3, 4));
    }

    @Test
    void fortyNineThousandAliasesToALongValueAreRejectedWithoutBeingExpanded() {
        // Five billion characters once expanded: every alias was scanned whole, and loading took a
        // minute. The timeout only catches that; the run takes a fraction of a second.
        StringBuilder yaml = new StringBuilder("format: praksisavtale/v1\ntitle: &t ").append("x".repeat(99_000))
                .append("\nextensions:\n  l:\n");
        for (int i = 0; i < 49_000; i++) {
            yaml.append("    - *t\n");
        }
        Detection detection = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> failure(load(LoadLimits.DEFAULT, yaml.toString()), "too-long-expanded"));
        // The 84th alias: 99 038 characters written out (keys included) and 84 aliases of 99 000 are
        // 8 415 038, beyond the default limit of twice 4 MiB (8 388 608); 83 are not.
        assertThat(detection.position()).isEqualTo(new Position(4 + 84, 7));
        assertThat(detection.args()).containsEntry("limit", String.valueOf(2L * LoadLimits.DEFAULT_MAX_BYTES));
    }

    @Test
    void aValueReachedThroughAliasesIsCheckedOnceAndSharedNotCopied() {
        LoadedDocument document = load(LoadLimits.DEFAULT, """
                title: &t "Avtale\\a"
                extensions:
                  l: [*t, *t, *t]
                parties:
                  municipalities:
                    - municipalityNumber: &n 0301
                    - municipalityNumber: *n
                """);
        assertThat(document.parsed()).isTrue();
        // What is wrong with how a value is written is reported once, where it is written (at its anchor).
        assertThat(document.detections()).extracting(Detection::ruleId)
                .containsExactlyInAnyOrder("YAML-CONTROL-CHARACTER", "YAML-QUOTE-TEXT");
        assertThat(document.detections()).filteredOn(d -> d.ruleId().equals("YAML-CONTROL-CHARACTER"))
                .singleElement().satisfies(d -> assertThat(d.position()).isEqualTo(new Position(1, 8)));
        // Every place holds the value, and they share it rather than hold a copy each.
        assertThat(document.tree().at("/extensions/l/2").asString()).isSameAs(document.tree().get("title").asString());
        assertThat(document.tree().at("/parties/municipalities/1/municipalityNumber").asString()).isEqualTo("0301");
        // A place that an alias fills is where the alias stands.
        assertThat(document.sourceMap().positionOf("/extensions/l/1")).isEqualTo(new Position(3, 11));
        assertThat(document.sourceMap().positionOf("/parties/municipalities/1/municipalityNumber"))
                .isEqualTo(new Position(7, 27));
    }

    @Test
    void aDuplicateKeyInAMappingReachedThroughAliasesIsReportedOnce() {
        LoadedDocument document = load(LoadLimits.DEFAULT, "a: &m {k: 1, k: 2}\nb: *m\nc: [*m, *m]\n");
        assertThat(document.parsed()).isTrue();
        assertThat(document.detections()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("YAML-DUPLICATE-KEY");
            assertThat(d.position()).isEqualTo(new Position(1, 14));
        });
        assertThat(document.tree().at("/c/1/k").asInt()).isEqualTo(1);
    }

    @Test
    void aPathLongerThanTheLimitIsRejectedAtTheKeyOrItemThatMakesIt() {
        LoadLimits limits = LoadLimits.DEFAULT.withMaxPathLength(12);
        // "/extensions" is 11 characters, "/extensions/a" 13.
        assertThat(load(limits, "extensions: 1\n").parsed()).isTrue();
        Detection key = failure(load(limits, "id: x\nextensions:\n  a: 1\n"), "too-long-path");
        assertThat(key.position()).isEqualTo(new Position(3, 3));
        assertThat(key.args()).containsEntry("limit", "12");
        Detection item = failure(load(LoadLimits.DEFAULT.withMaxPathLength(5), "list: [a, b]\n"), "too-long-path");
        assertThat(item.position()).isEqualTo(new Position(1, 8));
    }

    @Test
    void manyValuesUnderOneLongKeyAreRejectedAtTheKey() {
        // Each value's path holds the key: forty thousand paths of 99 000 characters took 4 GB and 20 s.
        String yaml = "format: praksisavtale/v1\n? " + "k".repeat(99_000) + "\n: [" + "1, ".repeat(40_000) + "1]\n";
        Detection detection = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> failure(load(LoadLimits.DEFAULT, yaml), "too-long-path"));
        assertThat(detection.position()).isEqualTo(new Position(2, 3));
        assertThat(detection.args()).containsEntry("limit", String.valueOf(LoadLimits.DEFAULT_MAX_PATH_LENGTH));
    }

    @Test
    void aNumberLongerThanTheLimitIsRejectedWhereverItStands() {
        String longest = "9".repeat(LoadLimits.MAX_NUMBER_LENGTH);
        assertThat(load(LoadLimits.DEFAULT, "version: " + longest + "\n").parsed()).isTrue();
        // Reading a number of 100 000 digits took 0.4 s; forty of them in a file, 16 s.
        for (String yaml : new String[] {"version: 9" + longest, "title: 9" + longest, "extensions: {a: -9" + longest + "}",
                "version: 1" + "0".repeat(LoadLimits.MAX_NUMBER_LENGTH) + ".5e3"}) {
            Detection detection = failure(load(LoadLimits.DEFAULT, yaml + "\n"), "too-long-number");
            assertThat(detection.position().line()).as(yaml).isEqualTo(1);
            assertThat(detection.args()).containsEntry("limit", "1000");
        }
        // Quoted, or not a number, it is text like any other.
        assertThat(load(LoadLimits.DEFAULT, "title: \"9" + longest + "\"\n").parsed()).isTrue();
        assertThat(load(LoadLimits.DEFAULT, "title: 9" + longest + "x\n").parsed()).isTrue();
    }

    @Test
    void moreLinesThanTheLimitAreRejectedBeforeTheyAreSplit() {
        LoadLimits limits = new LoadLimits(LoadLimits.DEFAULT_MAX_BYTES, 64, 100, 1000, 1000, 5);
        assertThat(load(limits, "a: 1\n#\n#\n#\n#\n").parsed()).isTrue();
        assertThat(load(limits, "a: 1\r\n#\r#\r\n#\n#").parsed()).isTrue();
        Detection detection = failure(load(limits, "a: 1\n#\n#\n#\n#\n\n"), "too-many-lines");
        assertThat(detection.position()).isEqualTo(new Position(6, 1));
        assertThat(detection.args()).containsEntry("lines", "6").containsEntry("limit", "5");
    }

    @Test
    void aVeryLongLineIsCutWhereItIsShown() {
        String flow = "a: [" + "x, ".repeat(1000) + "x]";
        LoadedDocument parsed = load(LoadLimits.DEFAULT, "id: a\n" + flow + "\n");
        assertThat(parsed.parsed()).isTrue();
        assertThat(parsed.lines().get(0)).isEqualTo("id: a");
        assertThat(parsed.lines().get(1)).hasSize(TextDecoder.MAX_SHOWN_LINE + 1).endsWith("x, …")
                .startsWith(flow.substring(0, TextDecoder.MAX_SHOWN_LINE));
        // The tree is the whole of it.
        assertThat(parsed.tree().get("a").size()).isEqualTo(1001);
    }

    @Test
    void controlCharactersAndBidiOverridesAreNotShownAsThemselves() {
        // An escape sequence in the excerpt would be acted on by the terminal that shows the report.
        LoadedDocument escape = load(LoadLimits.DEFAULT, "id: a\ntitle: b\u001b]0;pwned\u0007c\n");
        failure(escape, "syntax-control-character");
        assertThat(escape.lines().get(1)).isEqualTo("title: b\uFFFD]0;pwned\uFFFDc");
        LoadedDocument bidi = load(LoadLimits.DEFAULT, "id: a\ntitle: \u202Eabc\u202C\tx\n");
        assertThat(bidi.parsed()).isTrue();
        assertThat(bidi.lines().get(1)).isEqualTo("title: \uFFFDabc\uFFFD\tx");
        assertThat(bidi.tree().get("title").asString()).isEqualTo("\u202Eabc\u202C\tx");
    }

    @Test
    void limitsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> LoadLimits.DEFAULT.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadLimits.DEFAULT.withMaxBytes(LoadLimits.MAX_MAX_BYTES + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadLimits.DEFAULT.withMaxScalarLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(LoadLimits.DEFAULT.withMaxBytes(10).maxScalarLength()).isEqualTo(LoadLimits.DEFAULT_MAX_SCALAR_LENGTH);
        assertThatThrownBy(() -> LoadLimits.DEFAULT.withMaxExpandedLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadLimits.DEFAULT.withMaxPathLength(0)).isInstanceOf(IllegalArgumentException.class);
        // The limit on expanded text follows the file size.
        assertThat(LoadLimits.DEFAULT.withMaxBytes(10).maxExpandedLength()).isEqualTo(20);
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereItOpens() {
        Detection detection = failure(load(LoadLimits.DEFAULT, "id: a\ntitle: 'Samarbeid\nversion: 1\n"),
                "syntax-unclosed-quote");
        assertThat(detection.position()).isEqualTo(new Position(2, 8));
    }

    @Test
    void aControlCharacterIsReportedWhereItIs() {
        Detection detection = failure(load(LoadLimits.DEFAULT, "id: a\ntitle: æ\u0007\n"), "syntax-control-character");
        assertThat(detection.position()).isEqualTo(new Position(2, 9));
        assertThat(detection.args().get("character")).isEqualTo("U+0007 (BEL)");
    }

    @Test
    void whatSnakeYamlThrowsOtherwiseIsASyntaxFinding() {
        // Found by fuzzing: SnakeYAML throws IllegalArgumentException for a tag that is a space.
        Detection detection = failure(load(LoadLimits.DEFAULT, "id: a\ntitle: !<%20> y\n"), "syntax");
        assertThat(detection.position()).isEqualTo(new Position(2, 8));
        assertThat(detection.args().get("problem")).isEqualTo("Tag must not contain leading or trailing spaces");
        // A problem is one line of the report, however SnakeYAML words it.
        Detection escape = failure(load(LoadLimits.DEFAULT, "id: a\ntitle: !%0\n"), "syntax");
        assertThat(escape.args().get("problem")).doesNotContain("\n")
                .endsWith("expected URI escape sequence of 2 hexadecimal numbers, but found 0(48) and (10)");
    }

    @Test
    void aKeyThatIsACollectionIsReportedAtTheKey() {
        LoadedDocument document = load(LoadLimits.DEFAULT, "id: a\n? [x, y]\n: b\n");
        assertThat(document.parsed()).isTrue();
        assertThat(document.detections()).singleElement().satisfies(d -> {
            assertThat(d.variant()).isEqualTo("complex-key");
            assertThat(d.position()).isEqualTo(new Position(2, 3));
        });
    }
}
