package no.praksis.validator.portfolio;

import java.util.List;

import no.praksis.rules.LegalBasis;
import no.praksis.rules.Severity;

/**
 * What a portfolio rule found, resolved like an agreement's finding (severity, message, legal basis
 * from the rule catalogue), and every place in every file it concerns.
 */
public record PortfolioFinding(String ruleId, Severity severity, String message, List<LegalBasis> legalBasis,
                               List<Location> locations) {

    public PortfolioFinding {
        legalBasis = List.copyOf(legalBasis);
        locations = List.copyOf(locations);
    }

    /** A place of the finding: the file, the pointer, and where that is in the file. */
    public record Location(String path, String pointer, int line, int column) {
    }
}
