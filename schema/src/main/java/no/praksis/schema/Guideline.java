package no.praksis.schema;

import java.time.LocalDate;

/**
 * A national guideline (RETHOS regulation) for a programme, with the article on practice studies
 * and the period in which it is in force.
 *
 * @param inForceTo   last day in force, or null while it still applies
 * @param appliesFrom first day it governs agreements, when later than {@code inForceFrom}: the 2025
 *                    ABIOK and midwifery guidelines apply to programmes «som starter opp etter
 *                    1. august 2026», whatever their day in force
 */
public record Guideline(String instrument, String title, String article, String url,
                        LocalDate inForceFrom, LocalDate inForceTo, String replaces, LocalDate appliesFrom) {

    public Guideline {
        appliesFrom = appliesFrom == null || appliesFrom.isBefore(inForceFrom) ? inForceFrom : appliesFrom;
    }

    /** True when this guideline governs agreements judged on {@code date}: it applies then and is not repealed. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(appliesFrom) && (inForceTo == null || !date.isAfter(inForceTo));
    }
}
