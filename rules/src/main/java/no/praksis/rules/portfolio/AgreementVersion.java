package no.praksis.rules.portfolio;

/**
 * An agreement id, and a version of it, that some file of the portfolio has: one fact per pair, so
 * that a rule judging the files of one agreement together fires once for it, not once for each file.
 * {@code version} is null in the fact that stands for the id alone.
 */
public record AgreementVersion(String agreementId, Integer version) {
}
