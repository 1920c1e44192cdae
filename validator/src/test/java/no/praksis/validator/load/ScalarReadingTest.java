package no.praksis.validator.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.praksis.validator.load.ScalarReading.Kind;

/**
 * How each schema reads a plain scalar. The readings skip patterns that cannot match (a word is
 * never a number); these cases hold the readings to the YAML 1.2 core schema and to YAML 1.1 at the
 * edges of that shortcut: short words, signs, points, digits.
 */
class ScalarReadingTest {

    @ParameterizedTest(name = "«{0}»: core {1}, YAML 1.1 {2}")
    @CsvSource(delimiter = '|', value = {
        "''|NULL|NULL",
        "~|NULL|NULL",
        "null|NULL|NULL",
        "Null|NULL|NULL",
        "NULL|NULL|NULL",
        "nULL|TEXT|TEXT",
        "true|BOOLEAN|BOOLEAN",
        "FALSE|BOOLEAN|BOOLEAN",
        "False|BOOLEAN|BOOLEAN",
        "falsey|TEXT|TEXT",
        "NO|TEXT|BOOLEAN",
        "n|TEXT|BOOLEAN",
        "y|TEXT|BOOLEAN",
        "Yes|TEXT|BOOLEAN",
        "off|TEXT|BOOLEAN",
        "On|TEXT|BOOLEAN",
        "Oslo|TEXT|TEXT",
        "Nord|TEXT|TEXT",
        "nobody|TEXT|TEXT",
        "0301|NUMBER|NUMBER",
        "0|NUMBER|NUMBER",
        "-12|NUMBER|NUMBER",
        "+12|NUMBER|NUMBER",
        "0o17|NUMBER|TEXT",
        "0x1F|NUMBER|NUMBER",
        "1_000|TEXT|NUMBER",
        "1e3|NUMBER|NUMBER",
        "2.5|NUMBER|NUMBER",
        ".5|NUMBER|NUMBER",
        ".inf|NUMBER|NUMBER",
        "-.Inf|NUMBER|NUMBER",
        ".NaN|NUMBER|NUMBER",
        "190:20:30|TEXT|NUMBER",
        "31.07.2030|TEXT|NUMBER",
        "2026-08-01|TEXT|DATE",
        "2026-8-1 10:00|TEXT|DATE",
        "-|TEXT|TEXT",
        "+|TEXT|TEXT",
        ".|TEXT|NUMBER",
        "12 plasser|TEXT|TEXT",
        "x12|TEXT|TEXT",
    })
    void readsAsEachSchemaDoes(String text, Kind core, Kind yaml11) {
        assertThat(ScalarReading.core(text)).isEqualTo(core);
        assertThat(ScalarReading.yaml11(text)).isEqualTo(yaml11);
    }
}
