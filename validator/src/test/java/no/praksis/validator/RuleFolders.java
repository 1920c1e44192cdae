package no.praksis.validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;

/**
 * The rule folders in the source tree, {@code rules/src/main/resources/no/praksis/rules/RULE-ID/}, as
 * the tests that read a rule's own files find them: its rule file, its DRL and its fixtures
 * ({@code pass*.yaml}, {@code fail*.yaml}).
 */
public final class RuleFolders {

    /** The same folder, from the repository root: the generated docs link into it. */
    public static final String IN_REPOSITORY = "rules/src/main/resources/no/praksis/rules";

    /** Set by the build (praksis.rules); the default serves a test run from validator/ in an IDE. */
    public static final Path ROOT = Paths.get(System.getProperty("praksis.rules", "../" + IN_REPOSITORY));

    private RuleFolders() {
    }

    /** Every folder beside the catalogue's shared files, each of which must be a rule's. */
    public static List<Path> all() {
        try (Stream<Path> entries = Files.list(ROOT)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path of(String ruleId) {
        return ROOT.resolve(ruleId);
    }

    /** The fixtures of the rule in {@code folder}, by name. */
    public static List<Path> fixtures(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(RuleFolders::isFixture).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isFixture(Path file) {
        return file.getFileName().toString().matches("(pass|fail).*\\.yaml") && !Files.isDirectory(file);
    }

    /**
     * True when {@code entry} is a portfolio rule's fixture: a folder of agreements ({@code pass*},
     * {@code fail*}) judged together.
     */
    public static boolean isPortfolioFixture(Path entry) {
        return Files.isDirectory(entry) && entry.getFileName().toString().matches("(pass|fail)[a-z0-9-]*");
    }

    /** The portfolio fixtures (folders of agreements) of the rule in {@code folder}, by name. */
    public static List<Path> portfolioFixtures(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(RuleFolders::isPortfolioFixture).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder fixtures of every rule of {@code layer} (portfolio: agreements judged together; diff: two versions). */
    public static List<Path> folderFixtures(String layer) {
        List<Path> fixtures = new ArrayList<>();
        for (RuleDefinition rule : RuleCatalogue.standard().rules()) {
            if (layer.equals(rule.layer())) {
                fixtures.addAll(portfolioFixtures(of(rule.id())));
            }
        }
        return fixtures;
    }

    public static Path ruleFile(String ruleId) {
        return of(ruleId).resolve(RuleCatalogue.RULE_FILE);
    }

    public static Path drl(String ruleId) {
        return of(ruleId).resolve(RuleCatalogue.DRL_FILE);
    }
}
