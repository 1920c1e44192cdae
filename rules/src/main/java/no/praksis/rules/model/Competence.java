package no.praksis.rules.model;

/** Competence requirements: supervisors, professional environment and supervision training. */
public record Competence(String pointer, SupervisorRequirements supervisors, String professionalEnvironment,
                         SupervisionTraining supervisionTraining) implements Located {
}
