package no.praksis.rules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Placements guaranteed for one programme at one site in each annual cycle. */
public record CapacityCommitment(String pointer, String programme, String site, int minimumPlacements,
                                 List<CapacityPeriod> periods) implements Located {

    public CapacityCommitment {
        periods = List.copyOf(periods);
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
     * academic-year}, from 1 August, or {@code calendar-year}) that has a period. A week range counts
     * in every cycle of the term; a dated period in the cycle it begins in. A cycle that has only week
     * ranges is counted when the term has one (always, for a term without an end). As a long, as
     * {@link #periodPlacements()}.
     */
    public long fewestPlacementsInACycle(String cycle, Term term) {
        long weekly = periods.stream().filter(CapacityPeriod::weekly).mapToLong(CapacityPeriod::placements).sum();
        Map<LocalDate, Long> dated = new TreeMap<>();
        periods.stream().filter(CapacityPeriod::dated)
                .forEach(p -> dated.merge(cycleStart(cycle, p.from()), (long) p.placements(), Long::sum));
        long fewest = dated.values().stream().mapToLong(sum -> sum + weekly).min().orElse(Long.MAX_VALUE);
        boolean weekRangesAlone = weekly > 0 && (term == null || term.effectiveTo() == null
                || cyclesOf(cycle, term) > dated.keySet().stream().filter(start -> overlaps(cycle, start, term)).count());
        return weekRangesAlone ? Math.min(fewest, weekly) : fewest == Long.MAX_VALUE ? 0 : fewest;
    }

    /** The first day of the annual cycle {@code date} falls in. */
    static LocalDate cycleStart(String cycle, LocalDate date) {
        if ("calendar-year".equals(cycle)) {
            return LocalDate.of(date.getYear(), 1, 1);
        }
        return LocalDate.of(date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1, 8, 1);
    }

    private static long cyclesOf(String cycle, Term term) {
        return cycleStart(cycle, term.effectiveFrom()).datesUntil(term.effectiveTo().plusDays(1),
                java.time.Period.ofYears(1)).count();
    }

    private static boolean overlaps(String cycle, LocalDate start, Term term) {
        return !start.isBefore(cycleStart(cycle, term.effectiveFrom())) && !start.isAfter(term.effectiveTo());
    }
}
