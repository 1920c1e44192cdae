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
}
