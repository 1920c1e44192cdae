package no.praksis.validator;

import no.praksis.rules.LegalBasis;
import no.praksis.rules.Severity;

/**
 * One finding about one agreement, the same shape whether the parser, the schema or a rule found it.
 *
 * @param pointer    RFC 6901 pointer into the agreement; for something missing, the object that
 *                   should hold it; empty for the whole document
 * @param legalBasis the source of the rule as in force on the judgement date, or null
 */
public record Finding(String ruleId, Severity severity, String message, String pointer, int line, int column,
                      LegalBasis legalBasis, boolean waived) {
}
