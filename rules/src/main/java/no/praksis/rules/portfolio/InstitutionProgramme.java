package no.praksis.rules.portfolio;

import no.praksis.schema.LocalizedText;

/**
 * A programme that some agreement in force of an institution covers: one fact per pair.
 *
 * @param programme the programme's name in each language ({@code Programmes#name})
 */
public record InstitutionProgramme(String institution, String institutionName, String code, LocalizedText programme) {
}
