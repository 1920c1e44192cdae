package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import no.praksis.validator.diff.Amendments;

/**
 * Runs every fixture of every rule that compares two versions of an agreement: a folder with
 * {@code old.yaml} and {@code new.yaml}, compared as {@code praksis diff old.yaml new.yaml} does. A
 * failing fixture marks each line of {@code new.yaml} the finding must stand at with
 * {@code # expect: RULE-ID}; a passing one has no marks, and the rule must find nothing.
 */
class DiffFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureOfEveryDiffRule() {
        List<Path> fixtures = RuleFolders.folderFixtures("diff");
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(6);
        return fixtures.stream().map(folder -> DynamicTest.dynamicTest(RuleFolders.ROOT.relativize(folder).toString(),
                () -> check(folder)));
    }

    private static void check(Path folder) throws IOException {
        String rule = folder.getParent().getFileName().toString();
        Path before = folder.resolve("old.yaml");
        Path after = folder.resolve("new.yaml");
        assertThat(before).exists();
        assertThat(after).exists();
        List<String> expected = new ArrayList<>();
        for (String place : RuleFixturesTest.expectations(after)) {
            if (place.startsWith(rule + "@")) {
                expected.add(place.substring(rule.length() + 1));
            }
        }
        assertThat(RuleFixturesTest.expectations(before)).as("marks belong in new.yaml").isEmpty();
        if (folder.getFileName().toString().startsWith("fail")) {
            assertThat(expected).as("a failing fixture marks the lines with # expect: " + rule).isNotEmpty();
        } else {
            assertThat(expected).as("a passing fixture expects nothing").isEmpty();
        }
        Amendments.Amendment amendment = new Amendments(Validator.builder().build())
                .compare(before.toString(), Files.readAllBytes(before), after.toString(), Files.readAllBytes(after));
        assertThat(amendment.compared()).isTrue();
        List<String> actual = amendment.report().findings().stream().filter(f -> f.ruleId().equals(rule))
                .map(f -> String.valueOf(f.line())).sorted().toList();
        assertThat(actual).as(folder + "\n" + amendment.report().findings()).containsExactlyElementsOf(expected);
    }
}
