package no.praksis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static final Path RULES = Paths.get("src/main/resources/no/praksis/rules");

    @Test
    void theRuleBaseIsBuiltFromThePrecompiledModelAndNoDrlNorFixtureShipsOnTheClasspath() throws IOException {
        RuleEngine.warmUp();
        List<Path> drl;
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(RULES)) {
            List<Path> all = files.toList();
            drl = all.stream().filter(p -> p.toString().endsWith(".drl")).toList();
            // An agreement rule's fixtures are pass*.yaml and fail*.yaml; a portfolio rule's, folders pass*/ and fail*/.
            fixtures = all.stream().filter(p -> p.toString().endsWith(".yaml")
                    && RULES.relativize(p).toString().replace('\\', '/').matches("[^/]+/(pass|fail)[^/]*(/.*)?")).toList();
        }
        assertThat(drl).isNotEmpty();
        assertThat(fixtures).isNotEmpty();
        for (Path file : drl) {
            assertThat(RuleEngine.class.getResource(resource(file)))
                    .as("%s must not be on the runtime classpath, or Drools may compile it at run time", file).isNull();
        }
        for (Path file : fixtures) {
            assertThat(RuleEngine.class.getResource(resource(file)))
                    .as("%s is test data and stays out of the jar", file).isNull();
        }
        assertThat(RuleEngine.class.getResource(resource(RULES.resolve("RAMMEPLAN-3-ROLES/" + RuleCatalogue.RULE_FILE))))
                .as("a rule file beside them is shipped").isNotNull();
        assertThat(RuleEngine.class.getResource("/META-INF/kie/no.praksis/praksis-rules/drools-model")).isNotNull();
    }

    private static String resource(Path file) {
        return "/no/praksis/rules/" + RULES.relativize(file).toString().replace('\\', '/');
    }
}
