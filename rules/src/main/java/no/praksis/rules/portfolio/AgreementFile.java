package no.praksis.rules.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

    /** Where the file says how often the parties review the agreement. */
    public Place review() {
        return new Place(path, "/term/reviewCycle");
    }

    /** The months between two reviews of {@code reviewCycle}, or 0 when the cycle is not one of the format's. */
    static int cycleMonths(String reviewCycle) {
        if (reviewCycle == null) {
            return 0;
        }
        return switch (reviewCycle) {
            case "annual" -> 12;
            case "biennial" -> 24;
            case "per-term" -> 6;
            default -> 0;
        };
    }

    /**
     * The first review on or after {@code date}: reviews fall on effectiveFrom plus whole multiples
     * of the cycle (12 months annual, 24 biennial, 6 per term), the first one cycle after it; null
     * when the term has no start or the cycle is unknown. Each review is counted from effectiveFrom,
     * so that a start on the 31st falls on the last day of a shorter month without drifting.
     */
    public LocalDate nextReview(LocalDate date) {
        int months = cycleMonths(reviewCycle);
        if (effectiveFrom == null || months == 0) {
            return null;
        }
        long k = Math.max(1, ChronoUnit.MONTHS.between(effectiveFrom, date) / months);
        while (effectiveFrom.plusMonths(k * months).isBefore(date)) {
            k++;
        }
        return effectiveFrom.plusMonths(k * months);
    }

    /**
     * True when the next review on or after {@code date} falls within {@code months} months of it
     * (on or before that day) and before the agreement ends: a review on or after the last day is
     * not held, as the agreement then ends (PORTFOLIO-EXPIRING).
     */
    public boolean reviewDueWithin(LocalDate date, int months) {
        LocalDate review = nextReview(date);
        return review != null && !review.isAfter(date.plusMonths(months))
                && (effectiveTo == null || review.isBefore(effectiveTo));
    }

    /** True when the agreement ends within {@code months} months after {@code date} (on or before that day). */
    public boolean endsWithin(LocalDate date, int months) {
        return effectiveTo != null && !effectiveTo.isBefore(date) && !effectiveTo.isAfter(date.plusMonths(months));
    }
}
