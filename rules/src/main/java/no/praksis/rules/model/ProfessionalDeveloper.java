package no.praksis.rules.model;

/** The professional developer (fagutvikler). */
public record ProfessionalDeveloper(String pointer, String name, String organisation, String email)
        implements Located {
}
