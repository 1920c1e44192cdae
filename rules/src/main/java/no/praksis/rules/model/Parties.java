package no.praksis.rules.model;

import java.util.List;

/** The institution and the one or more municipalities that are parties to the agreement. */
public record Parties(String pointer, Institution institution, List<Municipality> municipalities) implements Located {

    public Parties {
        municipalities = List.copyOf(municipalities);
    }
}
