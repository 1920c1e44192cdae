package no.praksis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    private static final Path DRL = Paths.get("src/main/resources/no/praksis/rules");
    private static final Pattern REPORTED = Pattern.compile("hits\\.report\\(\"([^\"]+)\"");

    @Test
    void everyRuleHasCompleteTextsInBokmalAndEnglish() {
        for (RuleDefinition rule : RuleCatalogue.standard().rules()) {
            assertThat(rule.summary().nb()).as(rule.id()).isNotBlank();
            assertThat(rule.summary().en()).as(rule.id()).isNotBlank();
            if (rule.variants().isEmpty()) {
                assertThat(rule.message().en()).as(rule.id()).isNotBlank();
                assertThat(rule.fix().nb()).as(rule.id()).isNotBlank();
                assertThat(rule.fix().en()).as(rule.id()).isNotBlank();
            }
            rule.variants().forEach((name, variant) -> {
                assertThat(variant.message().en()).as(rule.id() + " " + name).isNotBlank();
                assertThat(variant.fix().nb()).as(rule.id() + " " + name).isNotBlank();
                assertThat(variant.fix().en()).as(rule.id() + " " + name).isNotBlank();
            });
            assertThat(rule.layer()).as(rule.id()).isIn("parse", "schema", "rules");
        }
    }

    @Test
    void eachDrlFileIsNamedAfterTheOneRuleItReportsAndThatRuleIsInTheCatalogue() throws IOException {
        try (Stream<Path> files = Files.list(DRL)) {
            List<Path> drl = files.filter(p -> p.toString().endsWith(".drl")).toList();
            assertThat(drl).isNotEmpty();
            for (Path file : drl) {
                String id = file.getFileName().toString().replace(".drl", "");
                Matcher reported = REPORTED.matcher(Files.readString(file));
                int count = 0;
                while (reported.find()) {
                    assertThat(reported.group(1)).as(file.toString()).isEqualTo(id);
                    count++;
                }
                assertThat(count).as(file + " reports its rule").isPositive();
                assertThat(RuleCatalogue.standard().require(id).layer()).isEqualTo("rules");
            }
        }
    }

    @Test
    void everyRuleOfTheRulesLayerHasADrlFile() {
        for (RuleDefinition rule : RuleCatalogue.standard().rules()) {
            if ("rules".equals(rule.layer())) {
                assertThat(DRL.resolve(rule.id() + ".drl")).as(rule.id()).exists();
            }
        }
    }

    @Test
    void theRammeplanCitedIsTheVersionInForceOnTheJudgementDate() {
        RuleDefinition rule = RuleCatalogue.standard().require("CONSISTENCY-PROGRAMME-CAPACITY");
        assertThat(rule.legalBasisOn(LocalDate.of(2025, 7, 31))).singleElement().satisfies(basis -> {
            assertThat(basis.instrument()).isEqualTo("FOR-2017-09-06-1353");
            assertThat(basis.url()).isEqualTo("https://lovdata.no/forskrift/2017-09-06-1353/§3");
        });
        assertThat(rule.legalBasisOn(LocalDate.of(2025, 8, 1))).singleElement().satisfies(basis -> {
            assertThat(basis.instrument()).isEqualTo("FOR-2025-07-04-1478");
            assertThat(basis.article()).isEqualTo("§ 3 andre ledd");
            assertThat(basis.url()).isEqualTo("https://lovdata.no/forskrift/2025-07-04-1478/§3");
        });
        assertThat(rule.legalBasisOn(LocalDate.of(2010, 1, 1)).get(0).instrument()).isEqualTo("FOR-2017-09-06-1353");
    }

    @Test
    void messagesAreFilledFromTheFindingsValues() {
        RuleDefinition rule = RuleCatalogue.standard().require("CONSISTENCY-SITE-REFERENCE");
        assertThat(rule.describe("nb", Map.of("site", "lindelia"))).isEqualTo(
                "Praksisstedet «lindelia» er ikke oppført under avtalens praksissteder (sites). "
                        + "Legg praksisstedet til under sites, eller rett identifikatoren.");
        assertThat(rule.describe("en", Map.of("site", "lindelia"))).startsWith("The site “lindelia” is not listed");
    }
}
