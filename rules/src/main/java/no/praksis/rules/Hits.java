package no.praksis.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.praksis.schema.LocalizedText;
import no.praksis.schema.TextTemplate;

/**
 * Collects the hits of one rule session; the DRL consequences report into it as a global. A
 * consequence does not name its rule: the engine tells the collector which rule fires
 * ({@link #firing}), so a rule's id is written once, in the name of its DRL rule.
 */
public final class Hits {

    /** The languages besides bokmål that a {@link LocalizedText} argument is given in. */
    private static final List<String> LANGUAGES = List.of("nn", "en");

    private final List<RuleHit> hits = new ArrayList<>();
    private String firing;

    /**
     * The rule id a DRL rule reports under: its name up to the first space. A rule that needs
     * several DRL rules names each by its id, a space and what that one looks at
     * ({@code "CONSISTENCY-PARTY-SIGNS municipality"}); Drools wants the names unique.
     */
    public static String ruleId(String drlRuleName) {
        int space = drlRuleName.indexOf(' ');
        return space < 0 ? drlRuleName : drlRuleName.substring(0, space);
    }

    /** The DRL rule whose consequence runs next; called by the engine before each firing. */
    void firing(String drlRuleName) {
        firing = ruleId(drlRuleName);
    }

    /**
     * Reports a hit of the rule that is firing.
     *
     * @param namedArgs alternating names and values for the message template
     */
    public void report(String pointer, Object... namedArgs) {
        if (firing == null) {
            throw new IllegalStateException("a hit was reported outside a rule's consequence: " + pointer);
        }
        hits.add(new RuleHit(firing, pointer, arguments(firing, namedArgs)));
    }

    /**
     * The message arguments of a consequence, given as alternating names and values. A value that
     * is a {@link LocalizedText} (a name from the code lists or the rules' own code) is given in
     * each language: its bokmål under the name, nynorsk and English beside it
     * ({@link TextTemplate#inLanguage}), so that a nynorsk message does not show a bokmål name.
     */
    public static Map<String, String> arguments(String ruleId, Object... namedArgs) {
        if (namedArgs.length % 2 != 0) {
            throw new IllegalArgumentException("message arguments must come in name/value pairs: " + ruleId);
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namedArgs.length; i += 2) {
            String name = String.valueOf(namedArgs[i]);
            if (namedArgs[i + 1] instanceof LocalizedText text) {
                args.put(name, text.nb());
                for (String language : LANGUAGES) {
                    args.put(TextTemplate.inLanguage(name, language), text.in(language));
                }
            } else {
                args.put(name, String.valueOf(namedArgs[i + 1]));
            }
        }
        return args;
    }

    public List<RuleHit> list() {
        return List.copyOf(hits);
    }
}
