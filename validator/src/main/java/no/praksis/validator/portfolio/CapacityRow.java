package no.praksis.validator.portfolio;

import java.time.LocalDate;
import java.util.List;

import no.praksis.rules.model.CapacityPeriod;

/**
 * The placements one agreement commits one site to for one programme in one annual cycle: a line of
 * the coordinator's capacity table (and of the CSV for the national indicator).
 *
 * @param path         the agreement file, as the run names it
 * @param institution  the institution's organisation number
 * @param municipality the municipality number of the site's municipality
 * @param site         the site's name, as the agreement gives it
 * @param cycle        the annual cycle: «2026/2027» for an academic year (from 1 August), «2026» for a
 *                     calendar year
 * @param placements   the minimum number of placements the agreement commits to in the cycle
 * @param periods      the periods of the cycle in which placements are offered (dated periods that
 *                     overlap the cycle, and the recurring week ranges of format 1.1)
 */
public record CapacityRow(String path, String agreementId, int version, String institution, String municipality,
                          String site, String siteId, String programme, String cycle, LocalDate cycleStart,
                          int placements, List<CapacityPeriod> periods) {

    public CapacityRow {
        periods = List.copyOf(periods);
    }
}
