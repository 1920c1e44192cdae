package no.praksis.validator.portfolio;

import java.time.LocalDate;
import java.util.List;

import no.praksis.validator.FileReport;

/**
 * One agreement file of a portfolio, as the overview lists it.
 *
 * @param institution    the institution's organisation number, or null when the file could not be bound
 * @param municipalities the municipality numbers of the municipalities that are parties
 * @param inForce        true when the agreement is valid and in force on the judgement date: only
 *                       those count in the figures and the portfolio rules
 * @param report         what validation found in the file
 */
public record PortfolioAgreement(String path, String agreementId, Integer version, boolean valid, boolean inForce,
                                 String institution, List<String> municipalities, LocalDate effectiveFrom,
                                 LocalDate effectiveTo, FileReport report) {

    public PortfolioAgreement {
        municipalities = List.copyOf(municipalities);
    }

    /** Why the agreement does not count in the figures: {@code invalid}, {@code not-yet} or {@code ended}; null when it does. */
    public String leftOut(LocalDate asOf) {
        if (!valid) {
            return "invalid";
        }
        if (inForce) {
            return null;
        }
        return effectiveFrom != null && effectiveFrom.isAfter(asOf) ? "not-yet" : "ended";
    }
}
