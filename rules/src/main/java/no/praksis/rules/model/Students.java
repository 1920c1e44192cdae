package no.praksis.rules.model;

/** Conditions for students (confidentiality, police certificate, infection control, suitability). */
public record Students(String pointer, Boolean confidentialityDeclaration, String policeCertificate,
                       String infectionControl, String suitabilityAssessment) implements Located {
}
