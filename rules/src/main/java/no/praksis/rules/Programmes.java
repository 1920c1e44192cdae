package no.praksis.rules;

import java.util.List;

import no.praksis.rules.model.Programme;
import no.praksis.schema.CodeLists;
import no.praksis.schema.ProgrammeEntry;
import no.praksis.schema.ProgrammeTerm;

/** What the rules need to know about programmes from the code list. */
public final class Programmes {

    private Programmes() {
    }

    /** The programme as the agreement names it, or its name in the code list. */
    public static String name(Programme programme) {
        if (programme.name() != null) {
            return programme.name();
        }
        return CodeLists.standard().programme(programme.code()).map(p -> p.names().nb()).orElse(programme.code());
    }

    /**
     * True when felles rammeplan § 1 lists the programme (the code list's {@code rammeplan} flag). A
     * code the list does not know is taken to be in it: the schema reports the unknown code, and a
     * rule should not lose its source over it.
     */
    public static boolean inRammeplan(String code) {
        return CodeLists.standard().programme(code).map(ProgrammeEntry::rammeplan).orElse(true);
    }

    /** True when the programme's guideline requires the supervisor to be of the programme's own profession. */
    public static boolean requiresSupervisorOfSameProfession(Programme programme) {
        return CodeLists.standard().programme(programme.code())
                .map(p -> p.supervisorOfSameProfession() != null).orElse(false);
    }

    /** The terms the programme's national guideline requires that the agreement does not state. */
    public static List<ProgrammeTerm> missingTerms(Programme programme) {
        return CodeLists.standard().programme(programme.code()).map(ProgrammeEntry::terms).orElse(List.of())
                .stream().filter(term -> !programme.terms().containsKey(term.key())).toList();
    }
}
