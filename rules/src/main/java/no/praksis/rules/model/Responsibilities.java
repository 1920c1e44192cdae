package no.praksis.rules.model;

/** What each party undertakes (rammeplan § 3: ansvar). */
public record Responsibilities(String pointer, InstitutionResponsibilities institution,
                               MunicipalityResponsibilities municipality, String professionalDevelopment)
        implements Located {
}
