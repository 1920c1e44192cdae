package no.praksis.rules.model;

/** One thing the parties evaluate, how often and how. */
public record EvaluationItem(String pointer, String frequency, String description) implements Located {
}
