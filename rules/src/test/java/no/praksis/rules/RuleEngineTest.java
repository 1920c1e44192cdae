package no.praksis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RuleEngineTest {

    @Test
    void theRuleBaseIsBuiltFromThePrecompiledModelAndNoDrlShipsOnTheClasspath() throws IOException {
        RuleEngine.warmUp();
        try (Stream<Path> drl = Files.list(Paths.get("src/main/resources/no/praksis/rules"))) {
            drl.filter(p -> p.toString().endsWith(".drl")).forEach(p -> assertThat(
                    RuleEngine.class.getResource("/no/praksis/rules/" + p.getFileName()))
                    .as("%s must not be on the runtime classpath, or Drools may compile it at run time", p)
                    .isNull());
        }
        assertThat(RuleEngine.class.getResource("/META-INF/kie/no.praksis/praksis-rules/drools-model")).isNotNull();
    }
}
