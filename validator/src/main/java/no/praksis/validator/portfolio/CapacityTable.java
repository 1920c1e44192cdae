package no.praksis.validator.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.CapacityCommitment;
import no.praksis.rules.model.CapacityPeriod;
import no.praksis.rules.model.Municipality;
import no.praksis.rules.model.Site;
import no.praksis.rules.model.Term;

/** The capacity rows of one agreement: each commitment in each annual cycle of the agreement's term. */
final class CapacityTable {

    /**
     * An open-ended term is counted to the cycle after the judgement date's: its later years are not
     * planned yet, and a table must end.
     */
    private static final int OPEN_ENDED_CYCLES_AHEAD = 1;

    /** A term longer than this many cycles is counted for its first ones only, so that one file cannot fill the table. */
    static final int MAX_CYCLES = 12;

    private CapacityTable() {
    }

    static List<CapacityRow> of(String path, Agreement agreement, LocalDate asOf) {
        Map<String, Site> sites = agreement.sites().stream()
                .collect(Collectors.toMap(Site::id, Function.identity(), (first, later) -> first));
        Map<String, Municipality> municipalities = agreement.parties().municipalities().stream()
                .collect(Collectors.toMap(Municipality::id, Function.identity(), (first, later) -> first));
        String cycle = agreement.capacity().cycle();
        List<LocalDate> cycles = cycles(cycle, agreement.term(), asOf);
        List<CapacityRow> rows = new ArrayList<>();
        for (CapacityCommitment commitment : agreement.capacity().commitments()) {
            Site site = sites.get(commitment.site());
            // A site of an agreement with one municipality need not name it.
            Municipality municipality = site == null ? null : site.municipality() != null
                    ? municipalities.get(site.municipality())
                    : municipalities.size() == 1 ? municipalities.values().iterator().next() : null;
            for (LocalDate start : cycles) {
                rows.add(new CapacityRow(path, agreement.id(), agreement.version(),
                        agreement.parties().institution().organisationNumber(),
                        municipality == null ? null : municipality.municipalityNumber(),
                        site == null ? commitment.site() : site.name(), commitment.site(), commitment.programme(),
                        label(cycle, start), start, commitment.minimumPlacements(),
                        periodsIn(commitment.periods(), start)));
            }
        }
        return rows;
    }

    /** The first days of the annual cycles the term touches, oldest first. */
    static List<LocalDate> cycles(String cycle, Term term, LocalDate asOf) {
        LocalDate last = term.effectiveTo() != null ? term.effectiveTo()
                : CapacityCommitment.cycleStart(cycle, asOf.isAfter(term.effectiveFrom()) ? asOf : term.effectiveFrom())
                        .plusYears(OPEN_ENDED_CYCLES_AHEAD);
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = CapacityCommitment.cycleStart(cycle, term.effectiveFrom());
             !start.isAfter(last) && starts.size() < MAX_CYCLES; start = start.plusYears(1)) {
            starts.add(start);
        }
        return starts;
    }

    /** «2026/2027» for the academic year from 1 August 2026, «2026» for the calendar year. */
    static String label(String cycle, LocalDate start) {
        return "calendar-year".equals(cycle) ? String.valueOf(start.getYear())
                : start.getYear() + "/" + (start.getYear() + 1);
    }

    /** The dated periods that overlap the cycle from {@code start}, and every week range. */
    private static List<CapacityPeriod> periodsIn(List<CapacityPeriod> periods, LocalDate start) {
        LocalDate end = start.plusYears(1);
        return periods.stream().filter(period -> period.weekly()
                || period.dated() && period.from().isBefore(end) && !period.to().isBefore(start)).toList();
    }
}
