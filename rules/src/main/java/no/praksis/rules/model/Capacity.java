package no.praksis.rules.model;

import java.util.List;

/**
 * The capacity of placements within an annual cycle (årshjul): commitments with a minimum number,
 * a binding procedure by which places are asked for and confirmed (format 1.1), or both.
 */
public record Capacity(String pointer, String cycle, String procedure, List<CapacityCommitment> commitments)
        implements Located {

    public Capacity {
        commitments = List.copyOf(commitments);
    }

    /** True when the agreement gives a procedure with some text in it. */
    public boolean hasProcedure() {
        return procedure != null && !procedure.isBlank();
    }

    /** True when the agreement regulates capacity at all: by a commitment, by a procedure, or both. */
    public boolean regulated() {
        return !commitments.isEmpty() || hasProcedure();
    }
}
