package no.praksis.rules.portfolio;

import java.time.LocalDate;

/**
 * An agreement file of the portfolio that could be bound, valid or not: its identity and term, for
 * the rules on versions and expiry.
 *
 * @param inForce true when the agreement is valid and in force on the judgement date
 */
public record AgreementFile(String path, String agreementId, int version, boolean inForce, LocalDate effectiveFrom,
                            LocalDate effectiveTo, String reviewCycle) implements PortfolioHits.Located {

    @Override
    public Place place() {
        return new Place(path, "/version");
    }

    /** Where the file says when the agreement ends. */
    public Place end() {
        return new Place(path, "/term/effectiveTo");
    }

    /** True when the agreement ends within {@code months} months after {@code date} (on or before that day). */
    public boolean endsWithin(LocalDate date, int months) {
        return effectiveTo != null && !effectiveTo.isBefore(date) && !effectiveTo.isAfter(date.plusMonths(months));
    }
}
