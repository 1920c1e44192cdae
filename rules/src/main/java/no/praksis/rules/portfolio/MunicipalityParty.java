package no.praksis.rules.portfolio;

/**
 * A municipality that is a party to some agreement in force: one fact per municipality, so that a
 * rule judging a municipality's agreements together fires once for it, not once for each agreement.
 */
public record MunicipalityParty(String municipalityNumber, String municipality) {
}
