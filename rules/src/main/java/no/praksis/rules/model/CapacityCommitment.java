package no.praksis.rules.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Placements guaranteed for one programme at one site in each annual cycle. */
public record CapacityCommitment(String pointer, String programme, String site, int minimumPlacements,
                                 List<CapacityPeriod> periods) implements Located {

    public CapacityCommitment {
        periods = List.copyOf(periods);
    }

    /** The commitment's position in the agreement's list of commitments, from 0. */
    public int index() {
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    /**
     * Where the commitment's periods are, or would go: its {@code periods}, or the commitment itself
     * when it has none.
     */
    public String periodsPointer() {
        return periods.isEmpty() ? pointer : pointer + "/periods";
    }

    /**
     * Placements summed over the periods given, as a long: a sum of ints can go beyond an int, and
     * wrapped round it could reach the minimum it falls far short of (or pass it).
     */
    public long periodPlacements() {
        return periods.stream().mapToLong(CapacityPeriod::placements).sum();
    }

    /**
     * The fewest placements the periods give in one annual cycle of {@code cycle} ({@code
     * academic-year}, from 1 August, or {@code calendar-year}) of the term that has a period. A week
     * range counts in every cycle of the term; a dated period in every cycle of the term it overlaps
     * (it offers its placements in each). A cycle that has only week ranges is counted when it lies
     * wholly within the term (always, for a term without an end): at the term's edges a week range
     * may fall outside it. {@link Long#MAX_VALUE} when no cycle of the term
     * has a period. As a long, as {@link #periodPlacements()}.
     */
    public long fewestPlacementsInACycle(String cycle, Term term) {
        long weekly = periods.stream().filter(CapacityPeriod::weekly).mapToLong(CapacityPeriod::placements).sum();
        Map<LocalDate, Long> dated = new TreeMap<>();
        for (CapacityPeriod period : periods) {
            if (period.dated()) {
                for (LocalDate start = cycleStart(cycle, period.from()); !start.isAfter(period.to());
                     start = start.plusYears(1)) {
                    if (inTerm(start, term)) {
                        dated.merge(start, (long) period.placements(), Long::sum);
                    }
                }
            }
        }
        long fewest = dated.values().stream().mapToLong(sum -> sum + weekly).min().orElse(Long.MAX_VALUE);
        boolean weekRangesAlone = weekly > 0 && (term.effectiveTo() == null
                || wholeCyclesOf(cycle, term).anyMatch(start -> !dated.containsKey(start)));
        return weekRangesAlone ? Math.min(fewest, weekly) : fewest;
    }

    /** The first day of the annual cycle {@code date} falls in. */
    public static LocalDate cycleStart(String cycle, LocalDate date) {
        if ("calendar-year".equals(cycle)) {
            return LocalDate.of(date.getYear(), 1, 1);
        }
        return LocalDate.of(date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1, 8, 1);
    }

    /** The first days of the cycles that lie wholly within a term that has an end. */
    private static Stream<LocalDate> wholeCyclesOf(String cycle, Term term) {
        LocalDate dayAfter = term.effectiveTo().plusDays(1);
        return cycleStart(cycle, term.effectiveFrom()).datesUntil(dayAfter, Period.ofYears(1))
                .filter(start -> !start.isBefore(term.effectiveFrom()) && !start.plusYears(1).isAfter(dayAfter));
    }

    /** True when the cycle starting on {@code start} has a day within the term. */
    private static boolean inTerm(LocalDate start, Term term) {
        return start.plusYears(1).isAfter(term.effectiveFrom())
                && (term.effectiveTo() == null || !start.isAfter(term.effectiveTo()));
    }
}
