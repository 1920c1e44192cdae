package no.praksis.rules.model;

import java.util.List;

/** The practice coordinators: one at the institution, one per municipality. */
public record PracticeCoordinators(String pointer, Contact institution, List<MunicipalCoordinator> municipalities)
        implements Located {

    public PracticeCoordinators {
        municipalities = List.copyOf(municipalities);
    }
}
