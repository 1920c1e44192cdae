package no.praksis.rules.model;

/** How the parties evaluate the cooperation, the quality and the competence development. */
public record Evaluation(String pointer, EvaluationItem cooperation, EvaluationItem quality,
                         EvaluationItem competenceDevelopment) implements Located {
}
