package no.praksis.validator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.praksis.rules.Coverage;
import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.validator.RuleFolders;

/**
 * The rule pages, their index and the coverage table in docs/ are generated from the catalogue;
 * this test fails when any of them is out of date, so the docs cannot drift from the code.
 * Regenerate with the command {@link RuleDocs#REGENERATE} names.
 */
class DocsTest {

    private static final Path DOCS = Paths.get(System.getProperty("praksis.docs", "../docs"));

    @Test
    void theGeneratedDocumentationIsUpToDate() throws IOException {
        RuleCatalogue catalogue = RuleCatalogue.standard();
        RuleDocs docs = new RuleDocs(List.of("nb", "en"));
        Map<Path, String> expected = new TreeMap<>();
        for (RuleDefinition rule : catalogue.rules()) {
            expected.put(DOCS.resolve("rules").resolve(rule.id() + ".md"), docs.page(rule, sources(rule.id())));
        }
        expected.put(DOCS.resolve("rules/README.md"), docs.index(catalogue));
        expected.put(DOCS.resolve("coverage.md"), docs.coverage(catalogue, Coverage.standard(), DocsTest::sources));
        boolean regenerate = Boolean.getBoolean("praksis.regenerate");
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, String> page : expected.entrySet()) {
            String actual = Files.exists(page.getKey()) ? Files.readString(page.getKey(), StandardCharsets.UTF_8) : null;
            if (!page.getValue().equals(actual)) {
                if (regenerate) {
                    Files.createDirectories(page.getKey().getParent());
                    Files.writeString(page.getKey(), page.getValue(), StandardCharsets.UTF_8);
                } else {
                    stale.add(page.getKey().toString());
                }
            }
        }
        try (Stream<Path> pages = Files.list(DOCS.resolve("rules"))) {
            for (Path page : pages.toList()) {
                if (!expected.containsKey(page)) {
                    if (regenerate) {
                        Files.delete(page);
                    } else {
                        stale.add(page + " (no such rule)");
                    }
                }
            }
        }
        assertThat(stale).as("out of date; run " + RuleDocs.REGENERATE).isEmpty();
    }

    /** A relative link of a generated page into the repository: ({@code ../}…). */
    private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\((\\.\\./[^)#]+)\\)");

    @Test
    void everyRelativeLinkOfTheGeneratedDocsLeadsToAFileAndEachRulePageToItsRuleFile() throws IOException {
        RuleDocs docs = new RuleDocs(List.of("nb", "en"));
        for (RuleDefinition rule : RuleCatalogue.standard().rules()) {
            String page = docs.page(rule, sources(rule.id()));
            assertThat(page).as(rule.id() + " is stamped with the rule file to edit and the command")
                    .startsWith("<!--").contains(RuleFolders.IN_REPOSITORY + "/" + rule.id() + "/" + RuleCatalogue.RULE_FILE)
                    .contains(RuleDocs.REGENERATE);
            List<String> links = links(page);
            assertThat(links).as(rule.id() + " links its rule file")
                    .contains("../../" + RuleFolders.IN_REPOSITORY + "/" + rule.id() + "/" + RuleCatalogue.RULE_FILE);
            assertThat(links).as(rule.id()).allSatisfy(link -> assertThat(DOCS.resolve("rules").resolve(link)).exists());
        }
        String coverage = docs.coverage(RuleCatalogue.standard(), Coverage.standard(), DocsTest::sources);
        assertThat(links(coverage)).isNotEmpty().allSatisfy(link -> assertThat(DOCS.resolve(link)).exists());
    }

    private static List<String> links(String markdown) {
        List<String> links = new ArrayList<>();
        Matcher link = RELATIVE_LINK.matcher(markdown);
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }

    @Test
    void everyItemOfTheLegalBriefIsCoveredByARuleOrSaysWhyItCannotBe() {
        RuleCatalogue catalogue = RuleCatalogue.standard();
        List<String> ids = new ArrayList<>();
        for (Coverage.Item item : Coverage.standard().items()) {
            ids.add(item.id());
            boolean covered = catalogue.rules().stream().anyMatch(r -> r.covers().contains(item.id()));
            assertThat(covered || item.notCheckable() != null)
                    .as(item.id() + " is covered by a rule or explains why it cannot be checked").isTrue();
        }
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            all.add("R" + i);
        }
        for (int i = 1; i <= 8; i++) {
            all.add("H" + i);
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(all);
    }

    /** The files of a rule, as paths from the repository root. */
    private static RuleDocs.Sources sources(String ruleId) {
        String folder = RuleFolders.IN_REPOSITORY + "/" + ruleId + "/";
        return new RuleDocs.Sources(folder + RuleCatalogue.RULE_FILE,
                Files.exists(RuleFolders.drl(ruleId)) ? folder + RuleCatalogue.DRL_FILE : null,
                java.util.stream.Stream.concat(RuleFolders.fixtures(RuleFolders.of(ruleId)).stream(),
                        RuleFolders.portfolioFixtures(RuleFolders.of(ruleId)).stream())
                        .map(p -> folder + p.getFileName()).sorted().toList());
    }
}
