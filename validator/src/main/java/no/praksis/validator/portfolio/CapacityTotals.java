package no.praksis.validator.portfolio;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import no.praksis.rules.model.CapacityPeriod;

/**
 * What the capacity rows add up to: placements per programme, municipality and institution in each
 * annual cycle, and the årshjul of one cycle, students placed by ISO week and site.
 */
public final class CapacityTotals {

    private final List<CapacityRow> rows;

    public CapacityTotals(List<CapacityRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The cycles of the rows, oldest first. */
    public List<String> cycles() {
        return rows.stream().sorted(java.util.Comparator.comparing(CapacityRow::cycleStart))
                .map(CapacityRow::cycle).distinct().toList();
    }

    public Map<String, Long> byProgramme(String cycle) {
        return sum(cycle, CapacityRow::programme);
    }

    public Map<String, Long> byMunicipality(String cycle) {
        return sum(cycle, row -> row.municipality() == null ? "" : row.municipality());
    }

    public Map<String, Long> byInstitution(String cycle) {
        return sum(cycle, CapacityRow::institution);
    }

    /** Minimum placements in {@code cycle}, summed by {@code key}, in key order. */
    private Map<String, Long> sum(String cycle, Function<CapacityRow, String> key) {
        Map<String, Long> totals = new TreeMap<>();
        for (CapacityRow row : rows) {
            if (row.cycle().equals(cycle)) {
                totals.merge(key.apply(row), (long) row.placements(), Long::sum);
            }
        }
        return totals;
    }

    /**
     * One line of the årshjul: a site, and the students placed there in each week of the cycle,
     * from the periods of the commitments (a commitment without periods places its students in no
     * particular week and is not drawn).
     */
    public record SiteWeeks(String municipality, String site, Map<LocalDate, Long> studentsByWeek) {
    }

    /** The Mondays of the ISO weeks of the cycle starting on {@code start}, in order. */
    public static List<LocalDate> weeksOf(LocalDate start) {
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
             monday.isBefore(start.plusYears(1)); monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        return mondays;
    }

    /** The årshjul of {@code cycle}: each site with periods, students placed per week (by Monday). */
    public List<SiteWeeks> yearWheel(String cycle) {
        Map<String, SiteWeeks> sites = new LinkedHashMap<>();
        for (CapacityRow row : rows) {
            if (!row.cycle().equals(cycle) || row.periods().isEmpty()) {
                continue;
            }
            SiteWeeks line = sites.computeIfAbsent(row.municipality() + "\u0000" + row.site(),
                    key -> new SiteWeeks(row.municipality(), row.site(), new TreeMap<>()));
            for (LocalDate monday : weeksOf(row.cycleStart())) {
                for (CapacityPeriod period : row.periods()) {
                    if (period.covers(monday)) {
                        line.studentsByWeek().merge(monday, (long) period.placements(), Long::sum);
                    }
                }
            }
        }
        return List.copyOf(sites.values());
    }
}
