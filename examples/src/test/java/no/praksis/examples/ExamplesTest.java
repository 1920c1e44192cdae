package no.praksis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import no.praksis.validator.AgreementFiles;
import no.praksis.validator.FileReport;
import no.praksis.validator.Validator;

/** Each example gives exactly the findings that the table in examples/README.md says it does. */
class ExamplesTest {

    private static final Path EXAMPLES = Paths.get("").toAbsolutePath();
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+\\.ya?ml)`\\s*\\|[^|]*\\|([^|]*)\\|\\s*$");
    private static final Pattern FINDING = Pattern.compile("`([A-Za-z0-9.-]+)` på linje (\\d+)");

    @Test
    void everyExampleGivesExactlyWhatTheTableSays() throws IOException {
        Map<String, List<String>> table = table();
        assertThat(table).as("the README table lists every example").containsOnlyKeys(
                AgreementFiles.under(EXAMPLES).stream()
                        .filter(p -> !p.startsWith(EXAMPLES.resolve("target")))
                        .filter(p -> !p.startsWith(EXAMPLES.resolve("src")))
                        .map(p -> EXAMPLES.relativize(p).toString().replace('\\', '/')).toList());
        Validator validator = Validator.builder().build();
        for (Map.Entry<String, List<String>> row : table.entrySet()) {
            FileReport report = validator.validate(EXAMPLES.resolve(row.getKey()));
            List<String> actual = report.findings().stream().map(f -> f.ruleId() + "@" + f.line()).toList();
            assertThat(actual).as(row.getKey() + "\n" + report.findings()).containsExactlyElementsOf(row.getValue());
        }
    }

    @Test
    void theCompleteExampleIsValidWithNoFindingsAtAll() {
        FileReport report = Validator.builder().build().validate(EXAMPLES.resolve("oslomet-baerum-helse-2026.yaml"));
        assertThat(report.valid()).isTrue();
        assertThat(report.findings()).isEmpty();
    }

    /** File → expected {@code RULE-ID@line} findings, in the order of the README's table. */
    private static Map<String, List<String>> table() throws IOException {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(EXAMPLES.resolve("README.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                List<String> expected = new ArrayList<>();
                Matcher finding = FINDING.matcher(row.group(2));
                while (finding.find()) {
                    expected.add(finding.group(1) + "@" + finding.group(2));
                }
                table.put(row.group(1), expected);
            }
        }
        return table;
    }
}
