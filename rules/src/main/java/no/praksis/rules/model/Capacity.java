package no.praksis.rules.model;

import java.util.List;

/** The minimum capacity the agreement guarantees within an annual cycle (årshjul). */
public record Capacity(String pointer, String cycle, List<CapacityCommitment> commitments) implements Located {

    public Capacity {
        commitments = List.copyOf(commitments);
    }
}
