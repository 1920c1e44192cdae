package no.praksis.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.praksis.schema.LocalizedText;

/**
 * Everything the product knows about one rule, from its metadata file: identity, severity,
 * whether it may be waived, its legal basis, and its texts.
 *
 * @param layer   where the rule is checked: {@code parse}, {@code schema} or {@code rules}
 * @param message what is wrong, with {@code {name}} placeholders filled from the finding
 * @param fix      what to do about it
 * @param variants texts for the distinct cases of one rule (for example each kind of parse
 *                 problem), keyed by variant name; each replaces {@code message} and {@code fix}
 */
public record RuleDefinition(String id, Severity severity, boolean waivable, String layer,
                             List<LegalReference> legalBasis, LocalizedText summary, LocalizedText message,
                             LocalizedText fix, Map<String, Variant> variants) {

    public RuleDefinition {
        legalBasis = List.copyOf(legalBasis);
        variants = Map.copyOf(variants);
    }

    /** The texts of one case of a rule. */
    public record Variant(LocalizedText message, LocalizedText fix) {
    }

    /** The legal basis as in force on {@code date}. */
    public List<LegalBasis> legalBasisOn(LocalDate date) {
        return legalBasis.stream().map(reference -> reference.on(date)).toList();
    }

    /** The message and what to do, in {@code language}, with the placeholders filled in. */
    public String describe(String language, Map<String, String> args) {
        return describe(language, null, args);
    }

    /** As {@link #describe(String, Map)}, for one variant of the rule (null for the rule's own texts). */
    public String describe(String language, String variant, Map<String, String> args) {
        Variant texts = variant == null ? new Variant(message, fix) : variants.get(variant);
        if (texts == null) {
            throw new IllegalStateException("rule " + id + " has no variant " + variant);
        }
        return fill(texts.message().in(language), args) + " " + fill(texts.fix().in(language), args);
    }

    private static String fill(String template, Map<String, String> args) {
        String result = template;
        for (Map.Entry<String, String> arg : args.entrySet()) {
            result = result.replace("{" + arg.getKey() + "}", arg.getValue());
        }
        return result;
    }
}
