package no.praksis.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the hits of one rule session; the DRL consequences report into it as a global. */
public final class Hits {

    private final List<RuleHit> hits = new ArrayList<>();

    /**
     * Reports a hit.
     *
     * @param namedArgs alternating names and values for the message template
     */
    public void report(String ruleId, String pointer, Object... namedArgs) {
        if (namedArgs.length % 2 != 0) {
            throw new IllegalArgumentException("message arguments must come in name/value pairs: " + ruleId);
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namedArgs.length; i += 2) {
            args.put(String.valueOf(namedArgs[i]), String.valueOf(namedArgs[i + 1]));
        }
        hits.add(new RuleHit(ruleId, pointer, args));
    }

    public List<RuleHit> list() {
        return List.copyOf(hits);
    }
}
