package no.praksis.rules.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.stream.IntStream;

/**
 * A period within the annual cycle in which some of a commitment's placements are offered: either
 * dated ({@code from} and {@code to}, once), or a range of ISO weeks ({@code weeks}, "36-43" or
 * "48-3" over the new year), in every cycle of the term (format 1.1).
 */
public record CapacityPeriod(String pointer, LocalDate from, LocalDate to, String weeks, int placements)
        implements Located {

    /** Monday of the first week to Friday of the seventh: the shortest span that is seven weeks of placement. */
    private static final long SEVEN_WEEKS_IN_DAYS = 7 * 7 - 2;

    /** True when the period is given by its first and last day. */
    public boolean dated() {
        return from != null && to != null;
    }

    /** True when the period is given as a range of ISO weeks. */
    public boolean weekly() {
        return weeks != null;
    }

    /** True when the period is either dated or a week range, not both and not neither. */
    public boolean wellFormed() {
        return weekly() ? from == null && to == null : dated();
    }

    /** The first ISO week of a week range. */
    public int firstWeek() {
        return Integer.parseInt(weeks.substring(0, weeks.indexOf('-')));
    }

    /** The last ISO week of a week range. */
    public int lastWeek() {
        return Integer.parseInt(weeks.substring(weeks.indexOf('-') + 1));
    }

    /**
     * How many weeks a week range names in a year of {@code weeksInYear} ISO weeks (52 or 53):
     * "36-43" is eight weeks; "48-3" runs over the new year, so it also counts week 53 where the
     * year has one.
     */
    public int weeksNamed(int weeksInYear) {
        int first = firstWeek();
        int last = lastWeek();
        return first <= last ? last - first + 1 : weeksInYear - first + 1 + last;
    }

    /**
     * True when the period lasts seven weeks or more: a dated period when it lasts
     * {@link #SEVEN_WEEKS_IN_DAYS} days inclusive, a week range when it names seven weeks or more
     * in a year of the term (the longest year where the range runs over the new year).
     */
    public boolean lastsSevenWeeks(Term term) {
        if (weekly()) {
            return weeksNamed(longestYear(term)) >= 7;
        }
        return dated() && ChronoUnit.DAYS.between(from, to) + 1 >= SEVEN_WEEKS_IN_DAYS;
    }

    /**
     * The whole weeks of placement the period gives in one cycle, or -1 when it gives no countable
     * length (neither dated nor a week range): a week range as many weeks as it names (in the longest
     * year of the term, as {@link #lastsSevenWeeks}); a dated period its days, inclusive, counted in
     * weeks that end on a Friday, as {@link #SEVEN_WEEKS_IN_DAYS} does (Monday to Friday is one week,
     * Monday of the first week to Friday of the fourth is four).
     */
    public int wholeWeeks(Term term) {
        if (weekly()) {
            return weeksNamed(longestYear(term));
        }
        if (!dated() || to.isBefore(from)) {
            return -1;
        }
        return (int) ((ChronoUnit.DAYS.between(from, to) + 1 + 2) / 7);
    }

    /**
     * True when the period has a day in the week starting on {@code monday}: a dated period that
     * overlaps the week, or a week range that names its ISO week (in every year).
     */
    public boolean covers(LocalDate monday) {
        if (!weekly()) {
            return dated() && !from.isAfter(monday.plusDays(6)) && !to.isBefore(monday);
        }
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int first = firstWeek();
        int last = lastWeek();
        return first <= last ? week >= first && week <= last : week >= first || week <= last;
    }

    /** True when this period belongs to the commitment at {@code commitmentPointer}. */
    public boolean belongsTo(String commitmentPointer) {
        return pointer.startsWith(commitmentPointer + "/periods/");
    }

    /** 53 when some ISO year the term touches has 53 weeks (always, for a term without an end), else 52. */
    private static int longestYear(Term term) {
        if (term == null || term.effectiveTo() == null) {
            return 53;
        }
        return IntStream.rangeClosed(term.effectiveFrom().getYear(), term.effectiveTo().getYear())
                .map(year -> (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .max().orElse(52);
    }
}
