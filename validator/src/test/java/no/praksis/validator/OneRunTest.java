package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * All findings of a file come in one run: fixing a misspelt key, a wrong type or a placeholder never
 * brings a second wave of findings the first run held back, and a root cause is reported first.
 */
class OneRunTest {

    private static final Validator VALIDATOR = Validator.builder().build();

    /** A commitment at a site the agreement does not have: a finding of the rules. */
    private static final String WITH_RULE_FINDING = TestAgreements.complete().replace(
            "      site: hjemmetjenesten-sandvika\n      minimumPlacements: 8",
            "      site: hjemmetjenesten-sandvika\n      minimumPlacements: 8\n    - programme: vernepleier\n"
                    + "      site: finnes-ikke\n      minimumPlacements: 1");

    private static List<Finding> findings(String yaml) {
        return VALIDATOR.validate("avtale.yaml", yaml.getBytes(StandardCharsets.UTF_8)).findings();
    }

    private static List<String> ruleIds(String yaml) {
        return findings(yaml).stream().map(Finding::ruleId).toList();
    }

    @Test
    void theRulesJudgeAFileThatHasStructuralFindingsInTheSameRun() {
        assertThat(ruleIds(WITH_RULE_FINDING)).contains("CONSISTENCY-SITE-REFERENCE");
        assertThat(ruleIds(WITH_RULE_FINDING.replace("  effectiveTo: 2029-07-31", "  efectiveTo: 2029-07-31")))
                .contains("SCHEMA-UNKNOWN-KEY", "CONSISTENCY-SITE-REFERENCE");
        assertThat(ruleIds(WITH_RULE_FINDING.replace("noticeMonths: 6", "noticeMonths: seks")))
                .contains("SCHEMA-TYPE", "CONSISTENCY-SITE-REFERENCE");
        assertThat(ruleIds(WITH_RULE_FINDING.replace("name: Bærum kommune\n", "name: \"<<FYLL INN: navn>>\"\n")))
                .contains("PLACEHOLDER", "CONSISTENCY-SITE-REFERENCE");
    }

    @Test
    void aRuleSaysNothingMoreWhereTheSchemaAlreadySaysWhatIsWrong() {
        // The commitment's site is no text: the schema says so, and the rules do not also report
        // that the site it names does not exist.
        List<Finding> findings = findings(WITH_RULE_FINDING.replace("site: finnes-ikke", "site: [finnes-ikke]"));
        assertThat(findings).extracting(Finding::ruleId).contains("SCHEMA-TYPE")
                .doesNotContain("CONSISTENCY-SITE-REFERENCE");
    }

    @Test
    void aMisspeltKeyComesBeforeTheMissingFieldItCauses() {
        List<Finding> findings = findings(TestAgreements.complete()
                .replace("  effectiveFrom: 2026-08-01", "  efectiveFrom: 2026-08-01"));
        List<String> ids = findings.stream().map(Finding::ruleId).toList();
        int misspelt = ids.indexOf("SCHEMA-UNKNOWN-KEY");
        int missing = ids.indexOf("SCHEMA-REQUIRED");
        assertThat(misspelt).as(ids.toString()).isNotNegative();
        assertThat(missing).as(ids.toString()).isEqualTo(misspelt + 1);
        // Each still says where it is: the missing field at its mapping, the misspelt key at its line.
        assertThat(findings.get(missing).line()).isLessThan(findings.get(misspelt).line());
    }
}
