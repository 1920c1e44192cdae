package no.praksis.rules;

/**
 * A citation of the source of a rule, as in force on the judgement date.
 *
 * @param instrument Lovdata identifier ({@code FOR-…}, {@code LOV-…}) or {@code HDIR-PRAKSISMODELL-2022}
 */
public record LegalBasis(String instrument, String title, String article, String url) {
}
