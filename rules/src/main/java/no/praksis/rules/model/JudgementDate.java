package no.praksis.rules.model;

import java.time.LocalDate;

/**
 * The day the agreement is judged by, for rules whose duty depends on which programme's guideline is
 * in force then (so that one omission gives one finding, citing a guideline that applies).
 */
public record JudgementDate(LocalDate date) {
}
