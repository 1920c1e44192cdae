package no.praksis.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgreementFileTest {

    private static AgreementFile file(String from, String to, String cycle) {
        return new AgreementFile("a.yaml", "a", 1, true, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                cycle);
    }

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @Test
    void reviewsFallOnTheStartPlusWholeCycles() {
        assertThat(file("2025-03-01", null, "annual").nextReview(DATE)).isEqualTo("2027-03-01");
        assertThat(file("2024-12-01", null, "biennial").nextReview(DATE)).isEqualTo("2026-12-01");
        assertThat(file("2026-08-01", null, "per-term").nextReview(DATE)).isEqualTo("2027-02-01");
        // The first review is one cycle after the start, not the start itself.
        assertThat(file("2026-12-01", null, "annual").nextReview(DATE)).isEqualTo("2027-12-01");
        // Counted from the start each time: 31 August, then the last day of February, then 31 August.
        assertThat(file("2026-08-31", null, "per-term").nextReview(DATE)).isEqualTo("2027-02-28");
        assertThat(file("2026-08-31", null, "per-term").nextReview(LocalDate.of(2027, 3, 1))).isEqualTo("2027-08-31");
        assertThat(file("2026-08-01", null, "monthly").nextReview(DATE)).isNull();
    }

    @Test
    void aReviewIsDueWithinSixMonthsAndBeforeTheEnd() {
        assertThat(file("2025-03-01", "2029-07-31", "annual").reviewDueWithin(DATE, 6)).isTrue();
        assertThat(file("2025-06-01", "2029-07-31", "annual").reviewDueWithin(DATE, 6)).isTrue();  // 2027-06-01
        assertThat(file("2025-06-02", "2029-07-31", "annual").reviewDueWithin(DATE, 6)).isFalse(); // 2027-06-02
        assertThat(file("2024-04-01", "2027-03-31", "annual").reviewDueWithin(DATE, 6)).isFalse(); // after the end
        assertThat(file("2024-04-01", "2027-04-01", "annual").reviewDueWithin(DATE, 6)).isFalse(); // on the last day
    }
}
