package no.praksis.validator;

import java.util.Map;

/**
 * Something a stage of the pipeline found, before it is resolved against the rule catalogue into a
 * {@link Finding}.
 *
 * @param variant  the case of the rule whose texts apply, or null for the rule's own texts
 * @param pointer  where in the agreement, or null when the document has no tree (a parse failure)
 * @param position where in the file, or null to take it from the pointer
 * @param waived   true when a valid waiver of the agreement covers it
 * @param advisory true when the rule is statutory but none of its statutory sources governs this
 *                 agreement (its programmes, the judgement date): then at most a warning, which may
 *                 be waived
 */
public record Detection(String ruleId, String variant, String pointer, Position position,
                        Map<String, String> args, boolean waived, boolean advisory) {

    public Detection {
        args = Map.copyOf(args);
    }

    public Detection(String ruleId, String variant, String pointer, Position position, Map<String, String> args,
                     boolean waived) {
        this(ruleId, variant, pointer, position, args, waived, false);
    }

    public Detection(String ruleId, String variant, String pointer, Position position, Map<String, String> args) {
        this(ruleId, variant, pointer, position, args, false, false);
    }

    /** This detection, resting on no law that governs the agreement. */
    public Detection asAdvisory() {
        return new Detection(ruleId, variant, pointer, position, args, waived, true);
    }

    public static Detection at(String ruleId, String pointer, Map<String, String> args) {
        return new Detection(ruleId, null, pointer, null, args);
    }

    /** This detection, covered by a waiver. */
    public Detection asWaived() {
        return new Detection(ruleId, variant, pointer, position, args, true, advisory);
    }
}
