package no.praksis.rules.portfolio;

import java.util.List;
import java.util.Map;

/**
 * What a portfolio rule reports: which rule fired, every place in every file the finding concerns,
 * and the values its message needs.
 */
public record PortfolioHit(String ruleId, List<Place> places, Map<String, String> args) {

    public PortfolioHit {
        places = List.copyOf(places);
        args = Map.copyOf(args);
    }
}
