package no.praksis.rules.model;

import java.time.LocalDate;

/** When the agreement applies, how it ends and when it is reviewed. */
public record Term(String pointer, LocalDate effectiveFrom, LocalDate effectiveTo, Integer noticeMonths,
                   String reviewCycle) implements Located {

    /** True when {@code date} lies within the term (an open-ended term has no last day). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
