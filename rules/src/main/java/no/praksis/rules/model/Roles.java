package no.praksis.rules.model;

/** Who holds which role (rammeplan § 3: roller). */
public record Roles(String pointer, PracticeCoordinators practiceCoordinators,
                    ProfessionalDeveloper professionalDeveloper, String supervisors, String practiceTeacher)
        implements Located {
}
