package no.praksis.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.praksis.schema.LocalizedText;
import no.praksis.schema.TextTemplate;

/**
 * Everything the product knows about one rule, from its metadata file: identity, severity,
 * whether it may be waived, when it applies, its legal basis, and its texts.
 *
 * @param layer     where the rule is detected: {@code parse}, {@code schema} (a field it owns is
 *                  missing or empty), {@code rules} (a DRL rule) or {@code waivers}
 * @param fields    for a schema-layer rule, the JSON pointers it owns ({@code *} for any list position)
 * @param validFrom first day the rule applies, or null
 * @param validTo   last day the rule applies, or null
 * @param covers    the items of the legal brief (R1–R20, H1–H8) the rule implements
 * @param message   what is wrong, with {@code {name}} placeholders filled from the finding
 * @param fix       what to do about it
 * @param variants  texts for the distinct cases of one rule (for example each kind of parse
 *                  problem), keyed by variant name; each replaces {@code message} and {@code fix}
 * @param avoid     an excerpt of an agreement that breaks the rule
 * @param prefer    the same excerpt, corrected
 */
public record RuleDefinition(String id, Severity severity, boolean waivable, String layer, List<String> fields,
                             LocalDate validFrom, LocalDate validTo, List<LegalReference> legalBasis,
                             List<String> covers, LocalizedText summary, LocalizedText message, LocalizedText fix,
                             Map<String, Variant> variants, LocalizedText why, String avoid, String prefer) {

    public RuleDefinition {
        fields = List.copyOf(fields);
        legalBasis = List.copyOf(legalBasis);
        covers = List.copyOf(covers);
        variants = Map.copyOf(variants);
    }

    /** The texts of one case of a rule. */
    public record Variant(LocalizedText message, LocalizedText fix) {
    }

    /** True when the rule applies on {@code date}: its source is in force then. */
    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * True when the rule applies to a finding with {@code args}, in an agreement for
     * {@code programmes}, on {@code date}: the rule is in force, and a rule with a legal basis has
     * something to say only where one of its sources governs the finding. A rule that rests on the
     * programmes' national guidelines alone, or only repeats its sources' «bør» or «normalt», says
     * nothing where none of them is law for these programmes on that day. A statutory error whose
     * sources do not govern still applies, as a warning ({@link #withoutStatutorySource}): the
     * format asks for what it checks.
     */
    public boolean appliesTo(LocalDate date, Map<String, String> args, Set<String> programmes) {
        if (!inForceOn(date)) {
            return false;
        }
        if (legalBasis.isEmpty() || !legalBasisOn(date, args, programmes).isEmpty()) {
            return true;
        }
        return !legalBasis.stream().allMatch(LegalReference::isGuideline) && severity == Severity.ERROR && !waivable;
    }

    /**
     * True when this is a statutory rule (an error that cannot be waived, resting on law) but none of
     * its statutory sources governs the finding: not in force on {@code date}, or not for these
     * programmes (felles rammeplan outside its § 1). What the format asks for then rests on no law,
     * and the finding is at most a warning that may be waived.
     */
    public boolean withoutStatutorySource(LocalDate date, Map<String, String> args, Set<String> programmes) {
        List<LegalReference> statutory = legalBasis.stream().filter(LegalReference::isStatutory).toList();
        return severity == Severity.ERROR && !waivable && !statutory.isEmpty()
                && statutory.stream().allMatch(reference -> reference.on(date, args, programmes).isEmpty());
    }

    /** True when the rule owns the field at {@code pattern} (a pointer with {@code *} for list positions). */
    public boolean owns(String pattern) {
        return fields.contains(pattern);
    }

    /** The legal basis as in force on {@code date}, for a finding with {@code args} in an agreement for {@code programmes}. */
    public List<LegalBasis> legalBasisOn(LocalDate date, Map<String, String> args, Set<String> programmes) {
        if (!inForceOn(date)) {
            // Before its first day (or after its last) the rule states no law, so it cites none.
            return List.of();
        }
        return legalBasis.stream().flatMap(reference -> reference.on(date, args, programmes).stream()).toList();
    }

    /** The legal basis as in force on {@code date}, for a finding without arguments in an agreement of any programme. */
    public List<LegalBasis> legalBasisOn(LocalDate date) {
        return legalBasisOn(date, Map.of(), Set.of());
    }

    /**
     * The names of the placeholders ({@code {name}}) of the rule's messages and fixes, in every
     * language and variant: the arguments a finding of the rule may carry to be shown.
     */
    public Set<String> placeholders() {
        Set<String> names = new TreeSet<>();
        List<Variant> texts = new ArrayList<>(variants.values());
        texts.add(new Variant(message, fix));
        for (Variant variant : texts) {
            for (LocalizedText text : Arrays.asList(variant.message(), variant.fix())) {
                if (text == null) {
                    continue;
                }
                for (String language : Arrays.asList(text.nb(), text.nn(), text.en())) {
                    if (language != null) {
                        names.addAll(TextTemplate.places(language));
                    }
                }
            }
        }
        return names;
    }

    /** The message and what to do, in {@code language}, with the placeholders filled in. */
    public String describe(String language, Map<String, String> args) {
        return describe(language, null, args);
    }

    /** As {@link #describe(String, Map)}, for one variant of the rule (null for the rule's own texts). */
    public String describe(String language, String variant, Map<String, String> args) {
        Variant texts = variant == null ? new Variant(message, fix) : variants.get(variant);
        if (texts == null || texts.message() == null) {
            throw new IllegalStateException("rule " + id + " has no texts for variant " + variant);
        }
        Map<String, String> inLanguage = TextTemplate.in(language, args);
        return TextTemplate.fill(texts.message().in(language), inLanguage) + " "
                + TextTemplate.fill(texts.fix().in(language), inLanguage);
    }
}
