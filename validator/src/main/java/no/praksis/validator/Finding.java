package no.praksis.validator;

import java.util.List;

import no.praksis.rules.LegalBasis;
import no.praksis.rules.Severity;

/**
 * One finding about one agreement, the same shape whether the parser, the schema or a rule found it.
 *
 * @param pointer    RFC 6901 pointer into the agreement; for something missing, the object that
 *                   should hold it; empty for the whole document
 * @param legalBasis the sources of the rule as in force on the judgement date, the primary first;
 *                   empty when the finding rests on no legal source
 * @param waived     true when a waiver in the agreement covers the finding
 */
public record Finding(String ruleId, Severity severity, String message, String pointer, int line, int column,
                      List<LegalBasis> legalBasis, boolean waived) {

    public Finding {
        legalBasis = List.copyOf(legalBasis);
    }

    /** The primary legal basis, or null. */
    public LegalBasis primaryLegalBasis() {
        return legalBasis.isEmpty() ? null : legalBasis.get(0);
    }
}
