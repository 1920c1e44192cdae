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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.praksis.rules.Coverage;
import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.validator.RuleFolders;

/**
 * The rule pages, their index and the coverage table in docs/ are generated from the catalogue;
 * this test fails when any of them is out of date, so the docs cannot drift from the code.
 * Regenerate with {@code ./mvnw -pl validator test -Dpraksis.regenerate=true}.
 */
class DocsTest {

    private static final Path DOCS = Paths.get(System.getProperty("praksis.docs", "../docs"));

    @Test
    void theGeneratedDocumentationIsUpToDate() throws IOException {
        RuleCatalogue catalogue = RuleCatalogue.standard();
        RuleDocs docs = new RuleDocs(List.of("nb", "en"));
        Map<Path, String> expected = new TreeMap<>();
        for (RuleDefinition rule : catalogue.rules()) {
            expected.put(DOCS.resolve("rules").resolve(rule.id() + ".md"), docs.page(rule));
        }
        expected.put(DOCS.resolve("rules/README.md"), docs.index(catalogue));
        expected.put(DOCS.resolve("coverage.md"), docs.coverage(catalogue, Coverage.standard(), DocsTest::fixtures));
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
        assertThat(stale).as("out of date; run ./mvnw -pl validator test -Dpraksis.regenerate=true").isEmpty();
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

    /** The fixture files of a rule, relative to the repository root. */
    private static List<String> fixtures(String ruleId) {
        return RuleFolders.fixtures(RuleFolders.of(ruleId)).stream()
                .map(p -> RuleFolders.IN_REPOSITORY + "/" + ruleId + "/" + p.getFileName()).toList();
    }
}
