package no.praksis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class RuleCatalogueTest {

    private static final Path RULES = Paths.get("src/main/resources/no/praksis/rules");
    /** A report, and its first argument where that is a literal. */
    private static final Pattern REPORTED = Pattern.compile("hits\\.report\\((?:\"([^\"]*)\")?");
    private static final Pattern DRL_RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    /**
     * What start-up loads, the build's snapshot, is the catalogue the rule folders hold now: a rule
     * file changed after the snapshot was made (or a snapshot that went missing) fails here.
     */
    @Test
    void theSnapshotStartUpLoadsIsTheCatalogueOfTheRuleFolders() {
        assertThat(RuleCatalogue.class.getResource(RuleCatalogue.SNAPSHOT)).as("the build made the snapshot").isNotNull();
        assertThat(RuleCatalogue.standard().rules()).isEqualTo(RuleCatalogue.fromSources().rules());
        assertThat(RuleCatalogue.standard().rules()).hasSizeGreaterThan(70);
    }

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
            assertThat(rule.layer()).as(rule.id()).isIn("parse", "schema", "rules", "portfolio", "waivers", "diff");
            assertThat(rule.why()).as(rule.id() + " explains why").isNotNull();
            assertThat(rule.why().en()).as(rule.id()).isNotBlank();
            assertThat(rule.avoid()).as(rule.id() + " shows what to avoid").isNotBlank();
            assertThat(rule.prefer()).as(rule.id() + " shows what to prefer").isNotBlank();
            if ("schema".equals(rule.layer())) {
                // A schema-layer rule is either one of the format's own (SCHEMA-*), or owns the fields
                // its source requires; a DRL rule may own fields as well (it is then detected by both).
                assertThat(rule.fields().isEmpty()).as(rule.id() + " owns fields").isEqualTo(rule.id().startsWith("SCHEMA-"));
            }
            if (rule.severity() == Severity.ERROR && !rule.legalBasis().isEmpty()) {
                assertThat(rule.waivable()).as(rule.id() + ": a statutory requirement cannot be waived").isFalse();
            }
            if (rule.id().startsWith("REPORT-")) {
                assertThat(rule.severity()).as(rule.id() + ": the report recommends").isEqualTo(Severity.WARNING);
                assertThat(rule.waivable()).as(rule.id()).isTrue();
            }
            rule.legalBasis().forEach(reference -> {
                if (reference.wordings().isEmpty()) {
                    assertThat(reference.quote()).as(rule.id() + " quotes its source").isNotBlank();
                }
                reference.wordings().forEach((instrument, wording) -> {
                    assertThat(wording.quote()).as(rule.id() + " quotes " + instrument).isNotBlank();
                    assertThat(wording.article()).as(rule.id() + " names the article of " + instrument).isNotBlank();
                });
            });
        }
    }

    @Test
    void everyDrlRuleIsNamedAfterTheRuleOfItsFolderAndThatRuleIsInTheCatalogue() throws IOException {
        Map<String, String> drlRules = drlRules();
        assertThat(drlRules).isNotEmpty();
        drlRules.forEach((name, folder) -> {
            assertThat(Hits.ruleId(name)).as("DRL rule \"%s\" in %s", name, folder).isEqualTo(folder);
            assertThat(RuleCatalogue.standard().require(folder).layer()).isIn("rules", "portfolio");
        });
        for (String folder : Set.copyOf(drlRules.values())) {
            String drl = Files.readString(RULES.resolve(folder).resolve(RuleCatalogue.DRL_FILE));
            Matcher reported = REPORTED.matcher(drl);
            int count = 0;
            while (reported.find()) {
                count++;
                // The engine knows which rule fires; the first argument is where, never the rule id again.
                if (reported.group(1) != null) {
                    assertThat(reported.group(1)).as(folder + " reports a JSON pointer").matches("(/.*)?");
                }
            }
            assertThat(count).as(folder + " reports its rule").isPositive();
        }
    }

    @Test
    void theRuleBaseHoldsEveryDrlRuleOfEveryRuleFolder() throws IOException {
        // The agreement's rules and the portfolio's run in KieBases of their own, from one compiled model.
        List<String> all = new java.util.ArrayList<>(RuleEngine.drlRuleNames());
        all.addAll(no.praksis.rules.portfolio.PortfolioEngine.drlRuleNames());
        assertThat(all).containsExactlyInAnyOrderElementsOf(drlRules().keySet());
        assertThat(RuleEngine.drlRuleNames()).noneMatch(name -> RuleCatalogue.standard().require(Hits.ruleId(name))
                .layer().equals("portfolio"));
    }

    /** Every {@code rule "NAME"} of the DRL files, with the rule folder it is in. */
    private static Map<String, String> drlRules() throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> folders = Files.list(RULES)) {
            for (Path folder : folders.filter(f -> Files.exists(f.resolve(RuleCatalogue.DRL_FILE))).toList()) {
                Matcher rule = DRL_RULE.matcher(Files.readString(folder.resolve(RuleCatalogue.DRL_FILE)));
                while (rule.find()) {
                    assertThat(result.put(rule.group(1), folder.getFileName().toString()))
                            .as("DRL rule names are unique").isNull();
                }
            }
        }
        return result;
    }

    @Test
    void aRuleAppliesOnlyWhileItsSourceIsInForce() {
        RuleDefinition rule = RuleCatalogue.standard().require("RAMMEPLAN-3-DAILY-SUPERVISION");
        assertThat(rule.inForceOn(LocalDate.of(2025, 7, 31))).isFalse();
        assertThat(rule.inForceOn(LocalDate.of(2025, 8, 1))).isTrue();
        assertThat(RuleCatalogue.standard().ownerOf("/responsibilities/municipality/dailySupervision",
                LocalDate.of(2025, 8, 1))).hasValue(rule);
        // Before its source was in force the rule still owns the field the format asks for: it words the
        // finding, which the validator then reports as a warning resting on no law (LegalScopeTest), and
        // it cites nothing.
        assertThat(RuleCatalogue.standard().ownerOf("/responsibilities/municipality/dailySupervision",
                LocalDate.of(2025, 7, 31))).hasValue(rule);
        assertThat(rule.legalBasisOn(LocalDate.of(2025, 7, 31))).isEmpty();
        assertThat(rule.legalBasisOn(LocalDate.of(2025, 8, 1))).isNotEmpty();
    }

    @Test
    void everyRuleOfTheRulesLayerHasADrlFile() {
        for (RuleDefinition rule : RuleCatalogue.standard().rules()) {
            if ("rules".equals(rule.layer()) || "portfolio".equals(rule.layer())) {
                assertThat(RULES.resolve(rule.id()).resolve(RuleCatalogue.DRL_FILE)).as(rule.id()).exists();
            }
        }
    }

    @Test
    void aGuidelineCitationNamesTheGuidelineOfTheProgrammeInTheFinding() {
        RuleDefinition rule = RuleCatalogue.standard().require("RETHOS-SYKEPLEIER-AGREEMENT-TERMS");
        LocalDate date = LocalDate.of(2026, 1, 1);
        assertThat(rule.legalBasisOn(date, Map.of("programmeCode", "sykepleier"), Set.of()).get(0).instrument())
                .isEqualTo("FOR-2025-07-04-1477");
        assertThat(rule.legalBasisOn(date, Map.of("programmeCode", "samisk-sykepleier"), Set.of()).get(0).instrument())
                .isEqualTo("FOR-2025-07-04-1475");
        RuleDefinition bioingenior = RuleCatalogue.standard().require("RETHOS-BIOINGENIOR-ACCESS");
        assertThat(bioingenior.legalBasisOn(date, Map.of("programmeCode", "bioingenior"), Set.of()).get(0)).satisfies(basis -> {
            assertThat(basis.article()).isEqualTo("§ 10");
            assertThat(basis.url()).isEqualTo("https://lovdata.no/forskrift/2025-07-04-1486/§10");
        });
    }

    @Test
    void theRammeplanCitedIsTheVersionInForceOnTheJudgementDate() {
        RuleDefinition rule = RuleCatalogue.standard().require("RAMMEPLAN-3-COLLABORATION");
        assertThat(rule.legalBasisOn(LocalDate.of(2025, 7, 31))).singleElement().satisfies(basis -> {
            assertThat(basis.instrument()).isEqualTo("FOR-2017-09-06-1353");
            assertThat(basis.url()).isEqualTo("https://lovdata.no/forskrift/2017-09-06-1353/§3");
        });
        assertThat(rule.legalBasisOn(LocalDate.of(2025, 8, 1))).singleElement().satisfies(basis -> {
            assertThat(basis.instrument()).isEqualTo("FOR-2025-07-04-1478");
            assertThat(basis.article()).isEqualTo("§ 3 andre ledd");
            assertThat(basis.url()).isEqualTo("https://lovdata.no/forskrift/2025-07-04-1478/§3");
        });
        // Before its first day in force a regulation is not law, and nothing cites it.
        assertThat(rule.legalBasisOn(LocalDate.of(2017, 9, 6))).singleElement()
                .satisfies(basis -> assertThat(basis.instrument()).isEqualTo("FOR-2017-09-06-1353"));
        assertThat(rule.legalBasisOn(LocalDate.of(2017, 9, 5))).isEmpty();
        assertThat(rule.legalBasisOn(LocalDate.of(2010, 1, 1))).isEmpty();
    }

    @Test
    void theRammeplanIsCitedOnlyForTheProgrammesOfItsFirstSection() {
        RuleDefinition rule = RuleCatalogue.standard().require("RAMMEPLAN-3-COLLABORATION");
        LocalDate date = LocalDate.of(2026, 1, 1);
        assertThat(rule.legalBasisOn(date, Map.of(), Set.of("sykepleier"))).extracting(LegalBasis::instrument)
                .containsExactly("FOR-2025-07-04-1478");
        // Helsesykepleie is not in § 1; its own guideline says the same, in its own article.
        assertThat(rule.legalBasisOn(date, Map.of(), Set.of("helsesykepleier"))).singleElement().satisfies(basis -> {
            assertThat(basis.instrument()).isEqualTo("FOR-2025-07-04-1458");
            assertThat(basis.article()).isEqualTo("§ 23 tredje ledd");
        });
        assertThat(rule.legalBasisOn(date, Map.of(), Set.of("sykepleier", "helsesykepleier")))
                .extracting(LegalBasis::instrument).containsExactly("FOR-2025-07-04-1478", "FOR-2025-07-04-1458");
        // Videreutdanning i psykisk helse- og rusarbeid: neither the rammeplan nor its guideline asks
        // for collaboration forums, so the rule rests on no law for it and is at most a warning.
        assertThat(rule.legalBasisOn(date, Map.of(), Set.of("videreutdanning-psykisk-helse-rus"))).isEmpty();
        assertThat(rule.withoutStatutorySource(date, Map.of(), Set.of("videreutdanning-psykisk-helse-rus"))).isTrue();
        assertThat(rule.withoutStatutorySource(date, Map.of(), Set.of("helsesykepleier"))).isFalse();
    }

    @Test
    void messagesAreFilledFromTheFindingsValues() {
        RuleDefinition rule = RuleCatalogue.standard().require("CONSISTENCY-SITE-REFERENCE");
        assertThat(rule.describe("nb", Map.of("site", "lindelia"))).isEqualTo(
                "Praksisstedet «lindelia» er ikke oppført under avtalens praksissteder (sites). "
                        + "Legg praksisstedet til under sites, eller rett identifikatoren.");
        assertThat(rule.describe("en", Map.of("site", "lindelia"))).startsWith("The site “lindelia” is not listed");
    }

    @Test
    void eachGuidelineIsCitedInItsOwnArticleForItsOwnProgramme() {
        RuleDefinition rule = RuleCatalogue.standard().require("RETHOS-SUPERVISOR-PROFESSION");
        LocalDate date = LocalDate.of(2026, 9, 1);
        assertThat(rule.legalBasisOn(date, Map.of("programmeCode", "anestesisykepleier"), Set.of()))
                .singleElement().satisfies(basis -> {
                    assertThat(basis.instrument()).isEqualTo("FOR-2025-09-05-1833");
                    assertThat(basis.article()).isEqualTo("§ 26 sjette ledd");
                });
        assertThat(rule.legalBasisOn(date, Map.of("programmeCode", "jordmor"), Set.of()))
                .singleElement().satisfies(basis -> assertThat(basis.instrument()).isEqualTo("FOR-2025-09-05-1829"));
        assertThat(rule.legalBasis().get(0).wordingOf("FOR-2025-09-05-1834").quote())
                .contains("skal sørge for at praksisveileder er av samme profesjon");
        // A programme whose guideline does not have the provision is not cited by it.
        assertThat(rule.legalBasisOn(date, Map.of("programmeCode", "kreftsykepleier"), Set.of())).isEmpty();
    }

    @Test
    void aMisspeltKeyOfARuleFileStopsTheCatalogueFromLoading() {
        Load yaml = new Load(LoadSettings.builder().build());
        Object misspelt = yaml.loadFromString("id: X\nseverity: error\nwaivabel: true\n");
        assertThatThrownBy(() -> RuleCatalogue.bind(misspelt, "X.yaml", RuleFile.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("X.yaml").hasMessageContaining("waivabel");
        Object wrongDate = yaml.loadFromString("id: X\nvalidFrom: 1. august 2025\n");
        assertThatThrownBy(() -> RuleCatalogue.bind(wrongDate, "X.yaml", RuleFile.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("validFrom");
        Object misspeltText = yaml.loadFromString("id: X\nmessage:\n  nb: a\n  eng: b\n");
        assertThatThrownBy(() -> RuleCatalogue.bind(misspeltText, "X.yaml", RuleFile.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("eng");
        Object misspeltInstrument = yaml.loadFromString("instruments:\n  a:\n    scope: all\n    version: []\n");
        assertThatThrownBy(() -> RuleCatalogue.bind(misspeltInstrument, "instruments.yaml", RuleFile.Instruments.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("version");
        Object good = yaml.loadFromString("id: X\nseverity: error\nwaivable: true\nvalidFrom: 2025-08-01\n");
        assertThat(RuleCatalogue.bind(good, "X.yaml", RuleFile.class))
                .extracting(RuleFile::waivable, RuleFile::validFrom).containsExactly(true, LocalDate.of(2025, 8, 1));
    }

    @Test
    void thePlaceholdersOfARuleAreThoseOfEveryTextAndVariant() {
        assertThat(RuleCatalogue.standard().require("CONSISTENCY-PARTY-SIGNS").placeholders())
                .containsExactly("party", "partyKey");
    }
}
