package no.praksis.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One rule file of the catalogue as the lawyers write it ({@code RULE-ID/rule.yaml}), bound key
 * by key: a key this record does not name (a misspelt {@code waivabel:}) stops the catalogue from
 * loading, as {@code rule.schema.json} stops it in the editor. {@link RuleCatalogue} turns it into a
 * {@link RuleDefinition}.
 */
record RuleFile(String id, String severity, Boolean waivable, String layer, List<String> fields,
                LocalDate validFrom, LocalDate validTo, List<Reference> legalBasis, List<String> covers,
                Text summary, Text message, Text fix, Map<String, Texts> variants, Text why, String avoid,
                String prefer) {

    /** An entry of {@code legalBasis}: an instrument key (or {@code guideline}) and where it says so. */
    record Reference(String instrument, String article, String anchor, String quote, Map<String, Wording> wordings) {
    }

    /** What one version of a source says, and where. */
    record Wording(String article, String anchor, String quote) {
    }

    /** The texts of one variant of a rule. */
    record Texts(Text message, Text fix) {
    }

    /** A text in bokmål, nynorsk and English. */
    record Text(String nb, String nn, String en) {
    }

    /** {@code instruments.yaml}: the legal sources the rules cite, by key. */
    record Instruments(Map<String, Source> instruments) {
    }

    /** One legal source: the programmes it governs ({@link Instrument#scope()}) and its versions. */
    record Source(String scope, List<SourceVersion> versions) {
    }

    /** One version of a legal source and the period it was in force. */
    record SourceVersion(String id, String title, String url, LocalDate inForceFrom, LocalDate inForceTo) {
    }
}
