package no.praksis.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import no.praksis.rules.model.Programme;
import no.praksis.schema.CodeLists;
import no.praksis.schema.LocalizedText;
import no.praksis.schema.ProgrammeEntry;
import no.praksis.schema.ProgrammeTerm;

/** What the rules need to know about programmes from the code list. */
public final class Programmes {

    /**
     * The national guidelines that say «Utdanningsinstitusjonen skal tilby opplæring i veiledning»
     * or the like, checked sentence by sentence in /work/shared/legal/lovtidend-2025 (issue 11 review
     * § 2.1): 1454 § 17 fourth, 1475 § 26 fourth, 1477 § 23 fourth, 1487 § 23 first, 1829 § 23 sixth,
     * 1830 § 26 sixth, 1831 § 29 fourth, 1832 § 29 fifth, 1833 § 26 sixth, 1834 § 26 fifth paragraph.
     */
    private static final Set<String> SUPERVISION_TRAINING = Set.of("FOR-2025-07-04-1454", "FOR-2025-07-04-1475",
            "FOR-2025-07-04-1477", "FOR-2025-07-04-1487", "FOR-2025-09-05-1829", "FOR-2025-09-05-1830",
            "FOR-2025-09-05-1831", "FOR-2025-09-05-1832", "FOR-2025-09-05-1833", "FOR-2025-09-05-1834");

    /**
     * Of those, the ones that also say the parties (or «aktørene») shall plan the training together
     * («partene skal samarbeide om plan for gjennomføring av veiledningsopplæring»): not 1487 and not
     * 1829, which have no such duty.
     */
    private static final Set<String> SUPERVISION_TRAINING_PLAN = Set.of("FOR-2025-07-04-1454", "FOR-2025-07-04-1475",
            "FOR-2025-07-04-1477", "FOR-2025-09-05-1830", "FOR-2025-09-05-1831", "FOR-2025-09-05-1832",
            "FOR-2025-09-05-1833", "FOR-2025-09-05-1834");

    /** The guidelines whose agreements shall cover skikkethetsvurdering (1477 § 23, 1475 § 26 third paragraph). */
    private static final Set<String> SUITABILITY_ASSESSMENT = Set.of("FOR-2025-07-04-1475", "FOR-2025-07-04-1477");

    /**
     * The programmes whose guideline requires a period of at least seven weeks in municipal health and
     * care services with round-the-clock care (1477 § 23 and 1475 § 26 fifth paragraph).
     */
    private static final Set<String> SEVEN_WEEKS_AT_ROUND_THE_CLOCK_CARE = Set.of("sykepleier", "samisk-sykepleier");

    private Programmes() {
    }

    /**
     * True when the programme's students need a period of seven weeks at a site with round-the-clock
     * care (RETHOS-SYKEPLEIER-ROUND-THE-CLOCK, -SEVEN-WEEKS and -PORTFOLIO-SEVEN-WEEKS).
     */
    public static boolean needsSevenWeeksAtRoundTheClockCare(String code) {
        // A draft's programme may have no code.
        return code != null && SEVEN_WEEKS_AT_ROUND_THE_CLOCK_CARE.contains(code);
    }

    /**
     * True when some guideline of the programme, whenever in force, says the parties shall plan the
     * supervision training together: what {@code praksis init} asks for, before the agreement's dates are known.
     */
    public static boolean mayRequireSupervisionTrainingPlan(String code) {
        return anyGuideline(code, SUPERVISION_TRAINING_PLAN);
    }

    /** True when some guideline of the programme, whenever in force, says the agreements shall cover suitability assessment. */
    public static boolean mayRequireSuitabilityAssessment(String code) {
        return anyGuideline(code, SUITABILITY_ASSESSMENT);
    }

    private static boolean anyGuideline(String code, Set<String> instruments) {
        return CodeLists.standard().programme(code).map(p -> p.guidelines().stream()
                .anyMatch(g -> instruments.contains(g.instrument()))).orElse(false);
    }

    /**
     * The programme as the agreement names it (the same in every language), or its name in the code
     * list in each language, so that a message in nynorsk or English names it in that language.
     */
    public static LocalizedText name(Programme programme) {
        if (programme.name() != null) {
            return LocalizedText.same(programme.name());
        }
        return CodeLists.standard().programme(programme.code()).map(ProgrammeEntry::names)
                .orElse(LocalizedText.same(programme.code()));
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

    /**
     * True when the programme's guideline requires the supervisor to be of the programme's own
     * profession and is in force on {@code date}: then RETHOS-SUPERVISOR-PROFESSION gives its error.
     */
    public static boolean requiresSupervisorOfSameProfession(Programme programme, LocalDate date) {
        return requiresSupervisorOfSameProfession(programme) && CodeLists.standard().programme(programme.code())
                .flatMap(p -> p.guidelineOn(date)).isPresent();
    }

    /** The terms the programme's national guideline requires that the agreement does not state. */
    public static List<ProgrammeTerm> missingTerms(Programme programme) {
        return CodeLists.standard().programme(programme.code()).map(ProgrammeEntry::terms).orElse(List.of())
                .stream().filter(term -> !programme.terms().containsKey(term.key())).toList();
    }

    /** True when a guideline of the programme in force on {@code date} says the institution shall offer supervision training. */
    public static boolean mustOfferSupervisionTraining(Programme programme, LocalDate date) {
        return dutyOn(programme, date, SUPERVISION_TRAINING);
    }

    /** True when a guideline of the programme in force on {@code date} says the parties shall plan that training together. */
    public static boolean mustPlanSupervisionTraining(Programme programme, LocalDate date) {
        return dutyOn(programme, date, SUPERVISION_TRAINING_PLAN);
    }

    /** True when a guideline of the programme in force on {@code date} says the agreements shall cover suitability assessment. */
    public static boolean mustCoverSuitabilityAssessment(Programme programme, LocalDate date) {
        return dutyOn(programme, date, SUITABILITY_ASSESSMENT);
    }

    /** The programme's position in the agreement's list of programmes. */
    public static int index(Programme programme) {
        return Integer.parseInt(programme.pointer().substring(programme.pointer().lastIndexOf('/') + 1));
    }

    private static boolean dutyOn(Programme programme, LocalDate date, Set<String> instruments) {
        return CodeLists.standard().programme(programme.code()).flatMap(p -> p.guidelineOn(date))
                .map(g -> instruments.contains(g.instrument())).orElse(false);
    }
}
