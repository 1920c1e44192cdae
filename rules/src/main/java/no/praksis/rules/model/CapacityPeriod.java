package no.praksis.rules.model;

import java.time.LocalDate;

/** A period within the annual cycle in which some of a commitment's placements are offered. */
public record CapacityPeriod(String pointer, LocalDate from, LocalDate to, int placements) implements Located {
}
