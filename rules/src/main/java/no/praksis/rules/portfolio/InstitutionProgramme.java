package no.praksis.rules.portfolio;

/** A programme that some agreement in force of an institution covers: one fact per pair. */
public record InstitutionProgramme(String institution, String institutionName, String code, String programme) {
}
