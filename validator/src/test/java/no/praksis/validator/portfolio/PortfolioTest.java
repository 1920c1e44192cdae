package no.praksis.validator.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.praksis.validator.TestAgreements;
import no.praksis.validator.Validator;

class PortfolioTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private static Portfolio of(String... agreements) {
        Validator validator = Validator.builder().asOf(AS_OF).build();
        Portfolio portfolio = new Portfolio(AS_OF);
        for (int i = 0; i < agreements.length; i++) {
            portfolio.add(validator.check("avtale-" + i + ".yaml", agreements[i].getBytes(StandardCharsets.UTF_8)));
        }
        return portfolio;
    }

    @Test
    void eachCommitmentIsARowInEachCycleOfTheTerm() {
        Portfolio portfolio = of(TestAgreements.complete());
        assertThat(portfolio.agreements()).singleElement().satisfies(a -> {
            assertThat(a.inForce()).isTrue();
            assertThat(a.leftOut(AS_OF)).isNull();
            assertThat(a.municipalities()).containsExactly("3201");
        });
        // Four commitments over the academic years of a term from 2026-08-01 to 2029-07-31.
        assertThat(portfolio.capacity()).hasSize(4 * 3);
        assertThat(portfolio.capacity()).filteredOn(row -> row.siteId().equals("lindelia-sykehjem")
                        && row.programme().equals("sykepleier"))
                .extracting(CapacityRow::cycle, CapacityRow::placements, row -> row.periods().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026/2027", 12, 2),
                        org.assertj.core.groups.Tuple.tuple("2027/2028", 12, 0),
                        org.assertj.core.groups.Tuple.tuple("2028/2029", 12, 0));
        assertThat(portfolio.capacity()).allSatisfy(row -> {
            assertThat(row.institution()).isEqualTo("997058925");
            assertThat(row.municipality()).isEqualTo("3201");
        });
    }

    /** The complete example without its dated periods, so that its term can be moved. */
    private static String withoutPeriods() {
        return TestAgreements.complete().replaceAll("(?m)^      periods:\\n(        .*\\n|          .*\\n)*", "");
    }

    @Test
    void anAgreementWithErrorsOrOutOfForceIsListedButNotCounted() {
        String invalid = TestAgreements.complete().replace("minimumPlacements: 12", "minimumPlacements: -1");
        String ended = withoutPeriods().replace("effectiveFrom: 2026-08-01", "effectiveFrom: 2023-08-01")
                .replace("effectiveTo: 2029-07-31", "effectiveTo: 2026-07-31");
        String coming = withoutPeriods().replace("effectiveFrom: 2026-08-01", "effectiveFrom: 2027-08-01");
        Portfolio portfolio = of(invalid, ended, coming);
        assertThat(portfolio.agreements().get(1).report().findings()).as("ended is valid").allSatisfy(
                f -> assertThat(f.severity()).isNotEqualTo(no.praksis.rules.Severity.ERROR));
        assertThat(portfolio.agreements()).extracting(a -> a.leftOut(AS_OF))
                .containsExactly("invalid", "ended", "not-yet");
        assertThat(portfolio.capacity()).isEmpty();
    }

    @Test
    void aWeekRangeIsOfferedInEveryCycleAndAnOpenEndedTermIsCountedToTheNextCycle() {
        String weekly = TestAgreements.complete()
                .replace("        - from: 2026-09-07\n          to: 2026-10-30\n", "        - weeks: \"36-43\"\n")
                .replace("        - from: 2027-01-11\n          to: 2027-03-05\n", "        - weeks: \"2-9\"\n")
                .replaceAll("(?m)^  effectiveTo: 2029-07-31\\n", "");
        Portfolio portfolio = of(weekly);
        assertThat(portfolio.agreements().get(0).report().findings()).as("valid").allSatisfy(
                f -> assertThat(f.severity()).isNotEqualTo(no.praksis.rules.Severity.ERROR));
        assertThat(portfolio.capacity()).filteredOn(row -> row.siteId().equals("lindelia-sykehjem")
                        && row.programme().equals("sykepleier"))
                .extracting(CapacityRow::cycle).containsExactly("2026/2027", "2027/2028");
        assertThat(portfolio.capacity()).filteredOn(row -> row.siteId().equals("lindelia-sykehjem")
                        && row.programme().equals("sykepleier"))
                .allSatisfy(row -> assertThat(row.periods()).anySatisfy(p -> assertThat(p.weeks()).isEqualTo("36-43")));
    }

    @Test
    void theJsonReportHasTheShapeOfTheInterface() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        PortfolioJson.write(of(TestAgreements.complete(), "ikke: en avtale\n"), out);
        tools.jackson.databind.JsonNode json = no.praksis.schema.JsonText.MAPPER.readTree(out.toString());
        assertThat(json.path("asOf").asString()).isEqualTo("2026-12-01");
        assertThat(json.path("agreements")).hasSize(2);
        assertThat(json.path("agreements").get(0).path("municipalities").get(0).asString()).isEqualTo("3201");
        assertThat(json.path("agreements").get(1).path("valid").asBoolean()).isFalse();
        assertThat(json.path("capacity").get(0).path("cycle").asString()).isEqualTo("2026/2027");
        assertThat(json.path("capacity").get(0).path("placements").asInt()).isEqualTo(12);
        assertThat(json.path("findings")).isNotEmpty().allSatisfy(f ->
                assertThat(f.path("locations").get(0).path("path").asString()).isEqualTo("avtale-1.yaml"));
        assertThat(json.path("summary").path("agreements").asInt()).isEqualTo(2);
        assertThat(json.path("summary").path("errors").asInt()).isPositive();
    }

    @Test
    void theCsvHasOneCapacityRowALineAndKeepsFormulasAsText() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        PortfolioCsv.write(of(TestAgreements.complete().replace("name: Lindelia sykehjem", "name: \"=HYPERLINK(x), y\"")), out);
        java.util.List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1 + 12);
        assertThat(lines.get(0)).isEqualTo(String.join(",", PortfolioCsv.HEADER));
        assertThat(lines.get(1)).startsWith("oslomet-baerum-helse-2026,avtale-0.yaml,997058925,3201,\"'=HYPERLINK(x), y\",")
                .endsWith(",sykepleier,2026/2027,12,2026-09-07–2026-10-30: 6; 2027-01-11–2027-03-05: 6");
        assertThat(out.toString()).contains("\r\n");
    }

    @Test
    void totalsAddUpThePlacementsOfEachCycleAndTheYearWheelPlacesStudentsByWeek() {
        CapacityTotals totals = new CapacityTotals(of(TestAgreements.complete()).capacity());
        assertThat(totals.cycles()).containsExactly("2026/2027", "2027/2028", "2028/2029");
        assertThat(totals.byProgramme("2026/2027")).containsExactly(java.util.Map.entry("sykepleier", 20L),
                java.util.Map.entry("vernepleier", 10L));
        assertThat(totals.byMunicipality("2027/2028")).containsExactly(java.util.Map.entry("3201", 30L));
        // Lindelia: 6 students from 2026-09-07 to 2026-10-30 (weeks 37-44), 6 from 2027-01-11 to 2027-03-05.
        assertThat(totals.yearWheel("2026/2027")).singleElement().satisfies(line -> {
            assertThat(line.site()).isEqualTo("Lindelia sykehjem");
            assertThat(line.studentsByWeek()).containsEntry(LocalDate.of(2026, 9, 7), 6L)
                    .containsEntry(LocalDate.of(2026, 10, 26), 6L).doesNotContainKey(LocalDate.of(2026, 11, 2))
                    .containsEntry(LocalDate.of(2027, 1, 11), 6L).hasSize(8 + 8);
        });
        assertThat(CapacityTotals.weeksOf(LocalDate.of(2026, 8, 1))).first().isEqualTo(LocalDate.of(2026, 7, 27));
        assertThat(totals.yearWheel("2027/2028")).isEmpty();
    }
}
