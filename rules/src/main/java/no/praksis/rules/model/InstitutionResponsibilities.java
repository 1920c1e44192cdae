package no.praksis.rules.model;

import java.util.List;

/** The institution's duties: following up students and pedagogical support. */
public record InstitutionResponsibilities(String pointer, String followUp, String pedagogicalSupport,
                                          List<String> additional) implements Located {

    public InstitutionResponsibilities {
        additional = List.copyOf(additional);
    }
}
