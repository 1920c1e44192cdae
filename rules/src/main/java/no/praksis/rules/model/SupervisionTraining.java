package no.praksis.rules.model;

/** Training in supervision (skolering) as a fixed clause, and how the parties plan it together. */
public record SupervisionTraining(String pointer, String provider, String description, String plan)
        implements Located {

    /** True when the agreement says how the parties plan the training together. */
    public boolean hasPlan() {
        return plan != null && !plan.isBlank();
    }
}
