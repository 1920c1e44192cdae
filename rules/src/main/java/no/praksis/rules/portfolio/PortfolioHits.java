package no.praksis.rules.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.praksis.rules.Hits;

/**
 * Collects the hits of one portfolio session; the portfolio DRL consequences report into it as a
 * global, naming the places, not the rule (the engine says which rule fires, as for agreement rules).
 */
public final class PortfolioHits {

    private final List<PortfolioHit> hits = new ArrayList<>();
    private String firing;

    void firing(String ruleId) {
        firing = ruleId;
    }

    /** Reports a hit of the firing rule at {@code places}, with alternating names and values for its message. */
    public void report(Collection<?> places, Object... namedArgs) {
        if (firing == null) {
            throw new IllegalStateException("a hit was reported outside a rule's consequence");
        }
        List<Place> located = new ArrayList<>();
        for (Object place : places) {
            located.add(place instanceof Place p ? p : ((Located) place).place());
        }
        hits.add(new PortfolioHit(firing, located.stream().distinct().sorted(
                java.util.Comparator.comparing(Place::path).thenComparing(Place::pointer)).toList(),
                Hits.arguments(firing, namedArgs)));
    }

    public List<PortfolioHit> list() {
        return hits.stream().distinct().toList();
    }

    /** A portfolio fact that stands at one place of one file. */
    public interface Located {
        Place place();
    }
}
