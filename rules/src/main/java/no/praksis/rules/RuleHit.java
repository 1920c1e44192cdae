package no.praksis.rules;

import java.util.Map;

/**
 * What a rule reports: which rule fired, where, and the values its message needs.
 *
 * @param pointer RFC 6901 pointer to the offending node, or to the object that lacks something
 * @param args    named values for the rule's message template
 */
public record RuleHit(String ruleId, String pointer, Map<String, String> args) {

    public RuleHit {
        args = Map.copyOf(args);
    }
}
