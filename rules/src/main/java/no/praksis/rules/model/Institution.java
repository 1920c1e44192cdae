package no.praksis.rules.model;

/** The university or university college (utdanningsinstitusjon). */
public record Institution(String pointer, String name, String organisationNumber, String unit) implements Located {
}
