package no.praksis.rules.model;

import java.time.LocalDate;

/**
 * The date the agreement is judged by ({@code --as-of}, by default the later of today and the day it
 * takes effect), inserted as a fact of its own so that a rule whose answer depends on the date can
 * match on it: the municipality list valid then, or which programme's guideline is in force then (so
 * that one omission gives one finding, citing a guideline that applies).
 */
public record JudgementDate(LocalDate date) {
}
