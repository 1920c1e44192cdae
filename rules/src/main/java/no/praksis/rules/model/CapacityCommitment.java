package no.praksis.rules.model;

import java.util.List;

/** Placements guaranteed for one programme at one site in each annual cycle. */
public record CapacityCommitment(String pointer, String programme, String site, int minimumPlacements,
                                 List<CapacityPeriod> periods) implements Located {

    public CapacityCommitment {
        periods = List.copyOf(periods);
    }

    /** Placements summed over the periods given. */
    public int periodPlacements() {
        return periods.stream().mapToInt(CapacityPeriod::placements).sum();
    }
}
