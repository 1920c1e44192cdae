package no.praksis.rules.model;

import java.util.List;

/** The municipality's duties: providing placements, daily supervision, sound practice. */
public record MunicipalityResponsibilities(String pointer, String placements, String dailySupervision,
                                           String soundPractice, List<String> additional) implements Located {

    public MunicipalityResponsibilities {
        additional = List.copyOf(additional);
    }
}
