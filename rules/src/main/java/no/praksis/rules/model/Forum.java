package no.praksis.rules.model;

import java.util.List;

/** A collaboration forum at one anchoring level. */
public record Forum(String pointer, String level, String name, List<String> participants, String frequency)
        implements Located {

    public Forum {
        participants = List.copyOf(participants);
    }
}
