package no.praksis.schema;

/** A programme-specific clause that the programme's national guideline requires in the agreement. */
public record ProgrammeTerm(String key, LocalizedText title, LocalizedText description) {
}
