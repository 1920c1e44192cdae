package no.praksis.schema;

import java.time.LocalDate;

/**
 * A national guideline (RETHOS regulation) for a programme, with the article on practice studies
 * and the period in which it is in force.
 *
 * @param inForceTo last day in force, or null while it still applies
 */
public record Guideline(String instrument, String title, String article, String url,
                        LocalDate inForceFrom, LocalDate inForceTo, String replaces) {

    /** True when this guideline is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceTo == null || !date.isAfter(inForceTo));
    }
}
