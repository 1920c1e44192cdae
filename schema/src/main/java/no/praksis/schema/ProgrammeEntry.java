package no.praksis.schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the programme code list.
 *
 * @param rammeplan  true when felles rammeplan § 1 lists the programme
 * @param guidelines the programme's national guidelines, oldest first
 * @param terms      the programme-specific clauses its guideline requires
 * @param supervisorOfSameProfession the guideline's words requiring the supervisor to be of the
 *                   programme's own profession without exception, or null where it says
 *                   "normally" or "as a rule" (or nothing)
 */
public record ProgrammeEntry(String code, LocalizedText names, boolean rammeplan,
                             List<Guideline> guidelines, List<ProgrammeTerm> terms,
                             String supervisorOfSameProfession) {

    public ProgrammeEntry {
        guidelines = List.copyOf(guidelines);
        terms = List.copyOf(terms);
    }

    /** The guideline in force on {@code date}, if any. */
    public Optional<Guideline> guidelineOn(LocalDate date) {
        return guidelines.stream().filter(g -> g.inForceOn(date)).findFirst();
    }
}
