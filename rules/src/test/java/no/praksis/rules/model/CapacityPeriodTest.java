package no.praksis.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CapacityPeriodTest {

    private static final Term TERM = new Term("/term", LocalDate.of(2026, 8, 1), LocalDate.of(2029, 7, 31), 6, "annual");

    private static CapacityPeriod dated(String from, String to) {
        return new CapacityPeriod("/p/0", LocalDate.parse(from), LocalDate.parse(to), null, 1);
    }

    @Test
    void aDatedPeriodCountsWholeWeeksReckonedToTheFriday() {
        assertThat(dated("2027-01-11", "2027-01-15").wholeWeeks(TERM)).isEqualTo(1); // Monday to Friday
        assertThat(dated("2027-01-11", "2027-01-14").wholeWeeks(TERM)).isZero();     // Monday to Thursday
        assertThat(dated("2027-03-01", "2027-03-26").wholeWeeks(TERM)).isEqualTo(4);
        // Monday of the first week to Friday of the seventh: seven, as lastsSevenWeeks reads it.
        assertThat(dated("2026-09-07", "2026-10-23").wholeWeeks(TERM)).isEqualTo(7);
        assertThat(dated("2026-09-07", "2026-10-23").lastsSevenWeeks(TERM)).isTrue();
        assertThat(dated("2027-01-15", "2027-01-11").wholeWeeks(TERM)).isEqualTo(-1);
    }

    @Test
    void aWeekRangeCountsTheWeeksItNamesOnce() {
        assertThat(new CapacityPeriod("/p/0", null, null, "10-13", 1).wholeWeeks(TERM)).isEqualTo(4);
        // The term touches 2026, a year of 53 ISO weeks: "52-2" names 52, 53, 1 and 2.
        assertThat(new CapacityPeriod("/p/0", null, null, "52-2", 1).wholeWeeks(TERM)).isEqualTo(4);
    }

    @Test
    void aPeriodWithoutDatesOrWeeksHasNoCountableLength() {
        assertThat(new CapacityPeriod("/p/0", LocalDate.of(2027, 1, 11), null, null, 1).wholeWeeks(TERM)).isEqualTo(-1);
    }
}
