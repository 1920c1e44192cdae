package no.praksis.rules.model;

import java.util.List;

/** Collaboration forums at every relevant level (rammeplan § 3: samarbeidsarenaer). */
public record Collaboration(String pointer, List<Forum> forums) implements Located {

    public Collaboration {
        forums = List.copyOf(forums);
    }
}
