package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;

import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.LegalReference;
import no.praksis.rules.RuleDefinition;
import no.praksis.rules.RuleEngine;
import no.praksis.rules.RuleHit;
import no.praksis.schema.TextTemplate;

/**
 * Runs every fixture of every rule (pass*.yaml and fail*.yaml in its folder, {@link RuleFolders}). A failing fixture marks
 * each offending line with {@code # expect: RULE-ID}; the rule must report exactly those lines. A
 * passing fixture has no such marks, and the rule must report nothing. Only the rule under test is
 * judged, so that fixtures stay valid as the catalogue grows; but no fixture may be broken in some
 * other way that would keep the rules from running. A fixture may set the judgement date with a
 * line {@code # as-of: 2025-07-31}; every rule whose source has a first day in force is tested on
 * both sides of it.
 */
class RuleFixturesTest {

    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([A-Za-z0-9.,\\s-]+?)\\s*(?:«([^»]+)»)?\\s*$");

    /** A placeholder of a rule's texts, {@code {name}}, that no argument of the finding filled. */
    private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");
    private static final Pattern AS_OF = Pattern.compile("^#\\s*as-of:\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$");
    private static final Set<String> RULE_LAYERS = Set.of("rules", "waivers");
    /** Arguments a rule gives for the product to act on, not to show: the programme whose law applies. */
    private static final Set<String> NOT_SHOWN = Set.of(LegalReference.PROGRAMME_CODE);

    @TestFactory
    Stream<DynamicTest> everyFixtureOfEveryRule() throws IOException {
        List<Path> fixtures = RuleFolders.all().stream().flatMap(folder -> RuleFolders.fixtures(folder).stream()).toList();
        assertThat(fixtures).isNotEmpty();
        return fixtures.stream().map(file -> DynamicTest.dynamicTest(RuleFolders.ROOT.relativize(file).toString(),
                () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        String rule = file.getParent().getFileName().toString();
        List<String> expected = expectations(file).stream().filter(e -> e.startsWith(rule + "@")).toList();
        if (file.getFileName().toString().startsWith("fail")) {
            assertThat(expected).as("a failing fixture marks its offending lines with # expect: " + rule).isNotEmpty();
        } else {
            assertThat(expected).as("a passing fixture expects nothing").isEmpty();
        }
        FileReport report = Validator.builder().asOf(asOf(file)).build().validate(file);
        List<String> actual = report.findings().stream().filter(f -> f.ruleId().equals(rule))
                .map(f -> f.ruleId() + "@" + f.line()).sorted().toList();
        assertThat(actual).as(file + "\n" + report.findings()).containsExactlyElementsOf(expected);
        // As Error Prone's "// BUG: Diagnostic contains:", a fixture may say what the message must say.
        for (Map.Entry<String, String> words : expectedWords(file).entrySet()) {
            assertThat(report.findings().stream().filter(f -> (f.ruleId() + "@" + f.line()).equals(words.getKey()))
                    .map(Finding::message)).as(file + ": the message at " + words.getKey())
                    .anyMatch(message -> message.contains(words.getValue()));
        }
        // Every placeholder of the texts is filled: a misspelt {propery} must never reach a user.
        assertThat(report.findings()).as(file + ": no placeholder left unfilled")
                .allSatisfy(f -> assertThat(UNFILLED.matcher(f.message()).find()).as(f.ruleId() + ": " + f.message())
                        .isFalse());
        // And every argument a rule gives is shown by its texts: a misspelt name in a message leaves
        // the value unsaid (and the placeholder unfilled), an argument no text names is dead weight.
        Validator.Checked checked = Validator.builder().asOf(asOf(file)).build()
                .check(file.toString(), Files.readAllBytes(file));
        if (checked.agreement() != null) {
            LocalDate date = asOf(file) != null ? asOf(file) : LocalDate.now();
            for (RuleHit hit : RuleEngine.run(checked.agreement(), date)) {
                Set<String> shown = RuleCatalogue.standard().require(hit.ruleId()).placeholders();
                assertThat(hit.args().keySet()).as(file + ": the arguments of " + hit.ruleId() + " its texts show " + shown)
                        .allMatch(name -> shown.contains(TextTemplate.place(name)) || NOT_SHOWN.contains(name));
            }
        }
        RuleDefinition definition = RuleCatalogue.standard().require(rule);
        if (!RULE_LAYERS.contains(definition.layer())) {
            return;
        }
        List<String> structural = report.findings().stream()
                .filter(f -> RuleCatalogue.standard().require(f.ruleId()).fields().isEmpty())
                .filter(f -> !RULE_LAYERS.contains(RuleCatalogue.standard().require(f.ruleId()).layer()))
                .map(Finding::toString).toList();
        assertThat(structural).as("the fixture must be well-formed so that the rules run").isEmpty();
    }

    /** The judgement date the fixture asks for, or null for the default. */
    static LocalDate asOf(Path file) throws IOException {
        for (String line : Files.readAllLines(file)) {
            Matcher matcher = AS_OF.matcher(line);
            if (matcher.matches()) {
                return LocalDate.parse(matcher.group(1));
            }
        }
        return null;
    }

    /** The words {@code # expect: RULE-ID «words»} asks of the message at {@code RULE-ID@line}. */
    static Map<String, String> expectedWords(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Map<String, String> result = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = EXPECT.matcher(lines.get(i));
            if (matcher.find() && matcher.group(2) != null) {
                for (String id : matcher.group(1).split(",")) {
                    result.put(id.strip() + "@" + (i + 1), matcher.group(2));
                }
            }
        }
        return result;
    }

    /** The {@code RULE-ID@line} expectations written in the file. */
    static List<String> expectations(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = EXPECT.matcher(lines.get(i));
            if (matcher.find()) {
                for (String id : matcher.group(1).split(",")) {
                    result.add(id.strip() + "@" + (i + 1));
                }
            }
        }
        result.sort(null);
        return result;
    }

    /**
     * SCHEMA-INVALID words any schema violation that has no rule of its own; the format's schema uses
     * no such keyword today, so no agreement can produce it.
     */
    private static final Set<String> UNREACHABLE = Set.of("SCHEMA-INVALID");

    @Test
    void everyRuleOfTheCatalogueHasAPassingAndAFailingFixture() throws IOException {
        Set<String> checked = RuleCatalogue.standard().rules().stream().map(RuleDefinition::id)
                .filter(id -> !UNREACHABLE.contains(id)).collect(Collectors.toCollection(TreeSet::new));
        for (String rule : checked) {
            Path directory = RuleFolders.of(rule);
            // A portfolio rule's fixture is a folder of agreements (PortfolioFixturesTest), a diff rule's a
            // folder of two versions (DiffFixturesTest).
            String layer = RuleCatalogue.standard().require(rule).layer();
            String suffix = "portfolio".equals(layer) || "diff".equals(layer) ? "" : ".yaml";
            assertThat(directory.resolve("pass" + suffix)).as("passing fixture of " + rule).exists();
            assertThat(directory.resolve("fail" + suffix)).as("failing fixture of " + rule).exists();
        }
        for (RuleDefinition rule : RuleCatalogue.standard().rules()) {
            if (rule.validFrom() != null) {
                List<LocalDate> dates = new ArrayList<>();
                for (Path file : RuleFolders.fixtures(RuleFolders.of(rule.id()))) {
                    dates.add(asOf(file));
                }
                for (Path fixture : RuleFolders.portfolioFixtures(RuleFolders.of(rule.id()))) {
                    dates.add(PortfolioFixturesTest.asOf(fixture));
                }
                assertThat(dates).as(rule.id() + " is tested before the day its source came into force")
                        .anyMatch(date -> date != null && date.isBefore(rule.validFrom()));
            }
        }
        assertThat(RuleFolders.all().stream().map(p -> p.getFileName().toString()).toList())
                .as("every rule folder is named after a rule of the catalogue")
                .allSatisfy(name -> assertThat(RuleCatalogue.standard().rule(name)).isPresent());
        // A fixture misnamed (pas.yaml, fail.yml) would never run; nothing else belongs in a rule's folder.
        for (Path folder : RuleFolders.all()) {
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.toList()).as(folder + " holds its rule file, its DRL and its fixtures")
                        .allSatisfy(file -> assertThat(RuleFolders.isFixture(file) || RuleFolders.isPortfolioFixture(file)
                                || file.getFileName().toString().equals(RuleCatalogue.RULE_FILE)
                                || file.getFileName().toString().equals(RuleCatalogue.DRL_FILE)).as(file.toString()).isTrue());
            }
        }
    }
}
