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

import no.praksis.rules.Severity;
import no.praksis.validator.AgreementFiles;
import no.praksis.validator.FileReport;
import no.praksis.validator.ValidationReport;
import no.praksis.validator.Validator;
import no.praksis.validator.diff.Amendments;
import no.praksis.validator.diff.DiffFormat;
import no.praksis.validator.render.ContractSource;

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

    @Test
    void theRegionOfThePortfolioExampleAddsUpAndHasTwoWaysIntoOneMunicipality() throws IOException {
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 12, 1);
        Validator validator = Validator.builder().asOf(asOf).build();
        no.praksis.validator.portfolio.Portfolio portfolio = new no.praksis.validator.portfolio.Portfolio(asOf);
        for (Path file : AgreementFiles.under(EXAMPLES.resolve("portfolio"))) {
            portfolio.add(validator.check(file, file.toString(), AgreementFiles.boundaryOf(file)));
        }
        assertThat(portfolio.agreements()).hasSize(3).allSatisfy(a -> assertThat(a.inForce()).isTrue());
        no.praksis.validator.portfolio.CapacityTotals totals =
                new no.praksis.validator.portfolio.CapacityTotals(portfolio.capacity());
        assertThat(totals.byProgramme("2026/2027")).containsEntry("sykepleier", 60L).containsEntry("vernepleier", 30L);
        assertThat(totals.byMunicipality("2026/2027")).containsOnlyKeys("3203", "3305", "3310");
        assertThat(portfolio.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("PORTFOLIO-ONE-WAY-IN");
            assertThat(finding.locations()).hasSize(2);
        });
    }

    @Test
    void bothVersionsOfTheAmendmentExampleAreValidWithNoFindingsAtAll() {
        Validator validator = Validator.builder().build();
        for (String version : List.of("amendments/baerum-v1.yaml", "amendments/baerum-v2.yaml")) {
            FileReport report = validator.validate(EXAMPLES.resolve(version));
            assertThat(report.valid()).as(version).isTrue();
            assertThat(report.findings()).as(version).isEmpty();
        }
    }

    /**
     * The committed diff.txt and diff.md are what {@code praksis diff} gives for the two versions, run
     * from the top of the repository (as examples/amendments/README.md shows): else regenerate them.
     */
    @Test
    void theAmendmentExamplesDiffsAreWhatPraksisDiffGives() throws IOException {
        Validator validator = Validator.builder().build();
        Path folder = EXAMPLES.resolve("amendments");
        Amendments.Amendment amendment = new Amendments(validator).compare("examples/amendments/baerum-v1.yaml",
                Files.readAllBytes(folder.resolve("baerum-v1.yaml")), "examples/amendments/baerum-v2.yaml",
                Files.readAllBytes(folder.resolve("baerum-v2.yaml")));
        ValidationReport findings = validator.report(List.of(amendment.report()));
        for (Map.Entry<DiffFormat, String> output : Map.of(DiffFormat.TEXT, "diff.txt", DiffFormat.MARKDOWN, "diff.md")
                .entrySet()) {
            assertThat(output.getKey().format(List.of(amendment), findings, "nb", Severity.ERROR))
                    .as("examples/amendments/" + output.getValue() + " is out of date; make it anew with ./praksis diff"
                            + " examples/amendments/baerum-v1.yaml examples/amendments/baerum-v2.yaml"
                            + (output.getKey() == DiffFormat.MARKDOWN ? " --format markdown" : "") + " > examples/amendments/"
                            + output.getValue())
                    .isEqualTo(Files.readString(folder.resolve(output.getValue())));
        }
    }

    /**
     * The committed redline is one of version 2 as it stands: the YAML it carries is baerum-v2.yaml,
     * intact (its checksum the one its metadata records). It carries the tool's version too, so its
     * bytes are not compared; make it anew as examples/amendments/README.md shows.
     */
    @Test
    void theAmendmentExamplesRedlineIsOfVersionTwoAsItStands() throws IOException {
        Path folder = EXAMPLES.resolve("amendments");
        var verification = ContractSource.verify(Files.readAllBytes(folder.resolve("redline.pdf")), "baerum-v2.yaml",
                Files.readAllBytes(folder.resolve("baerum-v2.yaml")), "nb");
        assertThat(verification.checks()).as("examples/amendments/redline.pdf is out of date: ./praksis render"
                + " examples/amendments/baerum-v2.yaml --changes-from examples/amendments/baerum-v1.yaml -o"
                + " examples/amendments/redline.pdf --force").isNotEmpty()
                .allSatisfy(check -> assertThat(check.holds()).as(check.text()).isTrue());
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
