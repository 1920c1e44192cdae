package no.praksis.rules.model;

/** Training in supervision (skolering) as a fixed clause. */
public record SupervisionTraining(String pointer, String provider, String description) implements Located {
}
