package no.praksis.rules.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A period within the annual cycle in which some of a commitment's placements are offered. */
public record CapacityPeriod(String pointer, LocalDate from, LocalDate to, int placements) implements Located {

    /** Monday of the first week to Friday of the seventh: the shortest span that is seven weeks of placement. */
    private static final long SEVEN_WEEKS_IN_DAYS = 7 * 7 - 2;

    /** True when the period lasts seven weeks or more, counted as {@link #SEVEN_WEEKS_IN_DAYS} days inclusive. */
    public boolean lastsSevenWeeks() {
        return ChronoUnit.DAYS.between(from, to) + 1 >= SEVEN_WEEKS_IN_DAYS;
    }

    /** True when this period belongs to the commitment at {@code commitmentPointer}. */
    public boolean belongsTo(String commitmentPointer) {
        return pointer.startsWith(commitmentPointer + "/periods/");
    }
}
