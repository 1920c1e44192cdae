package no.praksis.validator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

import no.praksis.rules.RuleCatalogue;
import no.praksis.schema.JsonText;
import no.praksis.validator.RuleFolders;

/**
 * The lawyers' files are checked as strictly as the agreements: every rule file of the catalogue
 * against the rule file schema (no unknown key, bokmål and English for every text, a quote for every
 * source), and each names the schema on its first line, so that an editor checks it as it is typed.
 */
class RuleFilesTest {

    private static final String FIRST_LINE = "# yaml-language-server: $schema=../rule.schema.json";

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JsonText.MAPPER.readTree(RuleFolders.ROOT.resolve("rule.schema.json").toFile()));
    }

    private static List<Path> ruleFiles() {
        return RuleFolders.all().stream().map(folder -> folder.resolve(RuleCatalogue.RULE_FILE)).toList();
    }

    private static List<Error> check(String yaml) {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        JsonNode tree = JsonText.MAPPER.valueToTree(loaded);
        return schema.validate(tree);
    }

    @Test
    void everyRuleFileMeetsTheRuleFileSchemaAndNamesIt() throws IOException {
        List<Path> files = ruleFiles();
        assertThat(files).hasSizeGreaterThan(60);
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(text.lines().findFirst().orElse("")).as(file + " names its schema on its first line")
                    .isEqualTo(FIRST_LINE);
            assertThat(check(text)).as(file.toString()).isEmpty();
            assertThat(file.getParent().getFileName().toString()).as(file + " is in the folder named after its id").isEqualTo(
                    ((java.util.Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(text)).get("id"));
        }
    }

    @Test
    void aMisspeltKeyOrAMissingLanguageIsCaught() throws IOException {
        String good = Files.readString(RuleFolders.ruleFile("RAMMEPLAN-3-ROLES"));
        assertThat(check(good)).isEmpty();
        assertThat(check(good.replace("waivable:", "waivabel:"))).isNotEmpty();
        assertThat(check(good + "validfrom: 2025-08-01\n")).isNotEmpty();
        assertThat(check(good.replaceFirst("\n  en: [^\n]*", ""))).as("a text without English").isNotEmpty();
        assertThat(check(good.replace("    quote:", "    qoute:"))).isNotEmpty();
    }
}
