package no.praksis.rules.model;

import java.time.LocalDate;

/**
 * The date the agreement is judged by ({@code --as-of}, by default the later of today and the day it
 * takes effect), inserted as a fact of its own so that a rule whose answer depends on the date (the
 * municipality list valid then) can match on it.
 */
public record JudgementDate(LocalDate date) {
}
