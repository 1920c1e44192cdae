package no.praksis.rules.model;

import java.util.List;

/** Involvement of user and next-of-kin organisations. */
public record UserInvolvement(String pointer, List<String> organisations, String description) implements Located {

    public UserInvolvement {
        organisations = List.copyOf(organisations);
    }
}
