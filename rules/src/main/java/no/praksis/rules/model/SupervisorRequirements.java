package no.praksis.rules.model;

/** What the agreement requires of the supervisors (praksisveiledere). */
public record SupervisorRequirements(String pointer, boolean sameProfession, String formalSupervisionCompetence,
                                     Integer studentsPerSupervisor) implements Located {
}
