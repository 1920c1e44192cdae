package no.praksis.rules.model;

/** The practice coordinator of one municipality. */
public record MunicipalCoordinator(String pointer, String municipality, String name, String email, String phone)
        implements Located {
}
