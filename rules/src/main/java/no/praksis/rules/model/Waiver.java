package no.praksis.rules.model;

import java.time.LocalDate;

/**
 * A justified departure from a recommendation.
 *
 * @param target the pointer the waiver is limited to, or null for the whole agreement
 */
public record Waiver(String pointer, String rule, String target, String reason, String approvedBy,
                     LocalDate expires) implements Located {
}
