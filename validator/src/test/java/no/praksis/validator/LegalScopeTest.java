package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.praksis.rules.LegalBasis;
import no.praksis.rules.Severity;

/**
 * Each finding cites only the law that governs the agreement: felles rammeplan for the programmes of
 * its § 1, each programme's own guideline where it says the same, each source from the day it
 * applies. A statutory rule none of whose sources governs the agreement is at most a warning, which
 * may be waived.
 */
class LegalScopeTest {

    /** The complete example for {@code programme} alone, without its collaboration forums. */
    private static byte[] withoutForums(String programme) {
        String complete = TestAgreements.complete();
        String agreement = complete.substring(0, complete.indexOf("collaboration:"))
                + complete.substring(complete.indexOf("researchAndInnovation:"));
        return agreement.replace("sykepleier", programme).replace("vernepleier", programme)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Finding collaboration(String programme, LocalDate asOf, String waiver) {
        Validator validator = Validator.builder().asOf(asOf).build();
        byte[] content = withoutForums(programme);
        if (waiver != null) {
            content = (new String(content, StandardCharsets.UTF_8) + waiver).getBytes(StandardCharsets.UTF_8);
        }
        FileReport report = validator.validate("avtale.yaml", content);
        return report.findings().stream().filter(f -> f.ruleId().equals("RAMMEPLAN-3-COLLABORATION")).findFirst()
                .orElseThrow(() -> new AssertionError("no RAMMEPLAN-3-COLLABORATION in " + report.findings()));
    }

    private static List<String> instruments(Finding finding) {
        return finding.legalBasis().stream().map(LegalBasis::instrument).toList();
    }

    @Test
    void aProgrammeOfTheRammeplanCitesIt() {
        Finding finding = collaboration("sykepleier", LocalDate.of(2026, 1, 1), null);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(instruments(finding)).containsExactly("FOR-2025-07-04-1478");
    }

    @Test
    void aProgrammeOutsideTheRammeplanCitesItsOwnGuidelineAndNotTheRammeplan() {
        Finding finding = collaboration("helsesykepleier", LocalDate.of(2026, 1, 1), null);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.legalBasis()).singleElement().satisfies(basis -> {
            assertThat(basis.instrument()).isEqualTo("FOR-2025-07-04-1458");
            assertThat(basis.article()).isEqualTo("§ 23 tredje ledd");
        });
    }

    @Test
    void whereNoLawAsksForItTheFormatsFieldIsAWarningThatMayBeWaived() {
        // Videreutdanning i psykisk helse- og rusarbeid: FOR-2025-07-04-1457 § 21 asks for learning
        // situations, competent supervisors, responsibilities and roles, not collaboration forums.
        Finding finding = collaboration("videreutdanning-psykisk-helse-rus", LocalDate.of(2026, 1, 1), null);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.legalBasis()).isEmpty();
        Finding waived = collaboration("videreutdanning-psykisk-helse-rus", LocalDate.of(2026, 1, 1), """
                waivers:
                  - rule: RAMMEPLAN-3-COLLABORATION
                    reason: Samarbeidet skjer i fakultetets faste praksisutvalg.
                    approvedBy: Kari Nordmann, dekan
                    expires: 2027-12-31
                """);
        assertThat(waived.waived()).isTrue();
    }

    @Test
    void beforeTheRammeplanOf2017WasInForceNothingCitesIt() {
        Finding finding = collaboration("sykepleier", LocalDate.of(2017, 9, 5), null);
        assertThat(finding.legalBasis()).isEmpty();
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(instruments(collaboration("sykepleier", LocalDate.of(2017, 9, 6), null)))
                .containsExactly("FOR-2017-09-06-1353");
    }

    @Test
    void theAbiokGuidelinesAreNotCitedForProgrammesThatStartedBeforeAugust2026() {
        assertThat(collaboration("anestesisykepleier", LocalDate.of(2026, 8, 1), null).legalBasis()).isEmpty();
        assertThat(instruments(collaboration("anestesisykepleier", LocalDate.of(2026, 8, 2), null)))
                .containsExactly("FOR-2025-09-05-1833");
    }

    @Test
    void capacityIsAskedOfHelsesykepleieByItsOwnGuidelineAndOfNothingByTheRammeplan() {
        String complete = TestAgreements.complete();
        String withoutCapacity = complete.substring(0, complete.indexOf("capacity:"))
                + complete.substring(complete.indexOf("competence:"));
        FileReport report = Validator.builder().asOf(LocalDate.of(2026, 1, 1)).build().validate("avtale.yaml",
                withoutCapacity.replace("sykepleier", "helsesykepleier").replace("vernepleier", "helsesykepleier")
                        .getBytes(StandardCharsets.UTF_8));
        Finding capacity = report.findings().stream().filter(f -> f.ruleId().equals("RAMMEPLAN-3-CAPACITY"))
                .findFirst().orElseThrow(() -> new AssertionError(report.findings()));
        assertThat(capacity.severity()).isEqualTo(Severity.ERROR);
        assertThat(instruments(capacity)).containsExactly("FOR-2025-07-04-1458");
    }

    @Test
    void theProvidersDailySupervisionIsAskedOfHelsesykepleieByItsGuidelineAndIsAtMostAWarningWhereNoneAsks() {
        String withoutDaily = TestAgreements.complete().replaceAll("(?m)^    dailySupervision:.*\\n(      .*\\n)*", "");
        for (String programme : List.of("helsesykepleier", "master-barnevern")) {
            FileReport report = Validator.builder().asOf(LocalDate.of(2026, 1, 1)).build().validate("avtale.yaml",
                    withoutDaily.replace("sykepleier", programme).replace("vernepleier", programme)
                            .getBytes(StandardCharsets.UTF_8));
            Finding daily = report.findings().stream().filter(f -> f.ruleId().equals("RAMMEPLAN-3-DAILY-SUPERVISION"))
                    .findFirst().orElseThrow(() -> new AssertionError(programme + ": " + report.findings()));
            if (programme.equals("helsesykepleier")) {
                assertThat(daily.severity()).isEqualTo(Severity.ERROR);
                assertThat(daily.legalBasis()).singleElement().satisfies(basis -> {
                    assertThat(basis.instrument()).isEqualTo("FOR-2025-07-04-1458");
                    assertThat(basis.article()).isEqualTo("§ 23 andre ledd");
                });
            } else {
                // FOR-2025-07-04-1456 (master i barnevern) says nothing of the provider's daily supervision.
                assertThat(daily.severity()).isEqualTo(Severity.WARNING);
                assertThat(daily.legalBasis()).isEmpty();
            }
        }
    }

    /** The findings of {@code rule} for the complete example made into one for {@code programme}, edited. */
    private static List<Finding> findings(String rule, String programme, LocalDate asOf,
                                          java.util.function.UnaryOperator<String> edit) {
        String agreement = edit.apply(TestAgreements.complete()).replace("sykepleier", programme)
                .replace("vernepleier", programme);
        FileReport report = Validator.builder().asOf(asOf).build().validate("avtale.yaml",
                agreement.getBytes(StandardCharsets.UTF_8));
        return report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static final java.util.function.UnaryOperator<String> OTHER_PROFESSION =
            text -> text.replace("sameProfession: true", "sameProfession: false");

    @Test
    void theSupervisorsProfessionIsAskedByTheGuidelinesThatAskItAndNotWhereNoneDoes() {
        assertThat(findings("RAMMEPLAN-3-SAME-PROFESSION", "helsesykepleier", LocalDate.of(2026, 1, 1), OTHER_PROFESSION))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.legalBasis()).singleElement().satisfies(basis -> {
                        assertThat(basis.instrument()).isEqualTo("FOR-2025-07-04-1458");
                        assertThat(basis.article()).isEqualTo("§ 23 andre ledd");
                    });
                });
        // Master i barnevern (FOR-2025-07-04-1456) says nothing of the supervisor's profession.
        assertThat(findings("RAMMEPLAN-3-SAME-PROFESSION", "master-barnevern", LocalDate.of(2026, 1, 1), OTHER_PROFESSION))
                .isEmpty();
        assertThat(findings("RAMMEPLAN-3-SAME-PROFESSION", "vernepleier", LocalDate.of(2026, 1, 1), OTHER_PROFESSION))
                .singleElement().satisfies(f -> assertThat(instruments(f)).containsExactly("FOR-2025-07-04-1478"));
    }

    @Test
    void formalSupervisionCompetenceCitesEachGuidelineInItsOwnWordsAndTheReportWhereNoGuidelineSpeaks() {
        java.util.function.UnaryOperator<String> notRequired =
                text -> text.replace("formalSupervisionCompetence: expected", "formalSupervisionCompetence: not-required");
        assertThat(findings("RAMMEPLAN-3-FORMAL-SUPERVISION-COMPETENCE", "barnesykepleier", LocalDate.of(2026, 9, 1),
                notRequired)).singleElement().satisfies(f -> assertThat(instruments(f))
                .containsExactly("FOR-2025-09-05-1832", "HDIR-PRAKSISMODELL-2022"));
        assertThat(findings("RAMMEPLAN-3-FORMAL-SUPERVISION-COMPETENCE", "master-barnevern", LocalDate.of(2026, 1, 1),
                notRequired)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(instruments(f)).containsExactly("HDIR-PRAKSISMODELL-2022");
                });
    }

    private static final java.util.function.UnaryOperator<String> NO_MUNICIPAL_SIGNATORY =
            text -> text.replaceAll("(?m)^  - party: baerum\n(    .*\n)*", "");

    @Test
    void aPartyThatDoesNotSignIsAnErrorCitingTheProgrammesOwnLawAndTheUniversityRegulations() {
        assertThat(findings("CONSISTENCY-PARTY-SIGNS", "helsesykepleier", LocalDate.of(2026, 1, 1), NO_MUNICIPAL_SIGNATORY))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(instruments(f)).containsExactly("FOR-2024-06-28-1392", "FOR-2025-07-04-1458");
                });
        assertThat(findings("CONSISTENCY-PARTY-SIGNS", "sykepleier", LocalDate.of(2026, 1, 1), NO_MUNICIPAL_SIGNATORY))
                .singleElement().satisfies(f -> assertThat(instruments(f))
                        .containsExactly("FOR-2025-07-04-1478", "FOR-2024-06-28-1392"));
        // Before 1 August 2025 neither the university regulations' § 1-11 nor the guideline was law, and
        // the rammeplan does not govern helsesykepleie: a warning, said to rest on no law.
        assertThat(findings("CONSISTENCY-PARTY-SIGNS", "helsesykepleier", LocalDate.of(2025, 7, 31), NO_MUNICIPAL_SIGNATORY))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.legalBasis()).isEmpty();
                    assertThat(f.message()).contains("formatet ber likevel om det");
                });
    }

    @Test
    void aFieldTheFormatAsksForIsAWarningBeforeTheLawThatAsksForItWasInForce() {
        String withoutDaily = TestAgreements.complete().replaceAll("(?m)^    dailySupervision:.*\n(      .*\n)*", "");
        FileReport report = Validator.builder().asOf(LocalDate.of(2025, 7, 31)).build().validate("avtale.yaml",
                withoutDaily.getBytes(StandardCharsets.UTF_8));
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("RAMMEPLAN-3-DAILY-SUPERVISION"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.legalBasis()).isEmpty();
                });
        // Not a structural error: the rules still ran (the example's other content is judged).
        assertThat(report.findings()).noneMatch(f -> f.ruleId().startsWith("SCHEMA-"));
    }
}
