package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import no.praksis.validator.portfolio.Portfolio;
import no.praksis.validator.portfolio.PortfolioFinding;

/**
 * Runs every fixture of every portfolio rule: a folder of agreements ({@code pass*}, {@code fail*})
 * judged together. A failing fixture marks each place the finding must name with
 * {@code # expect: RULE-ID} on its line, in whichever file it is; the rule must name exactly those
 * places. A passing fixture has no marks, and the rule must find nothing. {@code # as-of:} in any of
 * the files sets the judgement date.
 */
class PortfolioFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureOfEveryPortfolioRule() {
        List<Path> fixtures = RuleFolders.folderFixtures("portfolio");
        assertThat(fixtures).isNotEmpty();
        return fixtures.stream().map(folder -> DynamicTest.dynamicTest(RuleFolders.ROOT.relativize(folder).toString(),
                () -> check(folder)));
    }

    private static void check(Path folder) throws IOException {
        String rule = folder.getParent().getFileName().toString();
        List<Path> files = AgreementFiles.under(folder);
        assertThat(files).as(folder + " holds agreements").isNotEmpty();
        List<String> expected = new ArrayList<>();
        for (Path file : files) {
            for (String place : RuleFixturesTest.expectations(file)) {
                if (place.startsWith(rule + "@")) {
                    expected.add(folder.relativize(file) + ":" + place.substring(rule.length() + 1));
                }
            }
        }
        expected.sort(null);
        if (folder.getFileName().toString().startsWith("fail")) {
            assertThat(expected).as("a failing fixture marks the places with # expect: " + rule).isNotEmpty();
        } else {
            assertThat(expected).as("a passing fixture expects nothing").isEmpty();
        }
        LocalDate asOf = asOf(folder);
        Validator validator = Validator.builder().asOf(asOf).build();
        Portfolio portfolio = new Portfolio(asOf);
        for (Path file : files) {
            Validator.Checked checked = validator.check(file.toString(), Files.readAllBytes(file));
            assertThat(checked.agreement()).as(file + " is bound: " + checked.report().findings()).isNotNull();
            portfolio.add(checked);
        }
        List<PortfolioFinding> found = portfolio.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        List<String> actual = found.stream().flatMap(f -> f.locations().stream())
                .map(l -> folder.relativize(Path.of(l.path())) + ":" + l.line()).sorted().toList();
        assertThat(actual).as(folder + "\n" + found).containsExactlyElementsOf(expected);
        for (Path file : files) {
            for (Map.Entry<String, String> words : RuleFixturesTest.expectedWords(file).entrySet()) {
                if (words.getKey().startsWith(rule + "@")) {
                    assertThat(found).as(file + ": the message says " + words.getValue())
                            .anyMatch(f -> f.message().contains(words.getValue()));
                }
            }
        }
    }

    /** The judgement date a fixture folder asks for ({@code # as-of:} in one of its files), or 2026-12-01. */
    static LocalDate asOf(Path folder) throws IOException {
        for (Path file : AgreementFiles.under(folder)) {
            LocalDate date = RuleFixturesTest.asOf(file);
            if (date != null) {
                return date;
            }
        }
        return LocalDate.of(2026, 12, 1);
    }
}
