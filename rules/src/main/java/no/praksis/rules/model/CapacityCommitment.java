package no.praksis.rules.model;

import java.util.List;

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
}
