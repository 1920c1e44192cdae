package no.praksis.validator.docs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import no.praksis.rules.Coverage;
import no.praksis.rules.Instrument;
import no.praksis.rules.LegalReference;
import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.schema.LocalizedText;

/**
 * Writes the rule documentation from the catalogue: one page per rule (Summary, Legal basis, Why,
 * Avoid, Prefer, Waivers), an index, and the coverage table from the legal brief's requirements to
 * the rules and their fixtures. {@code praksis explain} prints the same page, so that the docs, the
 * command line and the code say the same.
 */
public final class RuleDocs {

    /** The languages of a page: both for the committed docs, one for the command line. */
    private final List<String> languages;

    public RuleDocs(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    /** The documentation page of {@code rule}. */
    public String page(RuleDefinition rule) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(rule.id()).append("\n\n");
        out.append(both("*", rule.summary(), "*")).append("\n");
        out.append("| ").append(label("Alvorlighet", "Severity")).append(" | ").append(rule.severity().label())
                .append(" |\n|---|---|\n");
        out.append("| ").append(label("Kan unntas", "Waivable")).append(" | ")
                .append(rule.waivable() ? label("ja", "yes") : label("nei", "no")).append(" |\n");
        out.append("| ").append(label("Gjelder", "Applies")).append(" | ").append(validity(rule)).append(" |\n");
        out.append("| ").append(label("Oppdages av", "Detected by")).append(" | ").append(detection(rule))
                .append(" |\n\n");
        section(out, "Rettslig grunnlag", "Legal basis");
        out.append(legalBasis(rule)).append('\n');
        section(out, "Hvorfor", "Why");
        out.append(rule.why() == null ? label("Dokumentfeil: formatet krever det.", "A document error: the format requires it.")
                + "\n\n" : both("", rule.why(), ""));
        section(out, "Unngå", "Avoid");
        out.append(yaml(rule.avoid()));
        section(out, "Foretrekk", "Prefer");
        out.append(yaml(rule.prefer()));
        section(out, "Unntak", "Waivers");
        out.append(waivers(rule));
        return out.toString();
    }

    /** The index of all rules, with links to their pages. */
    public String index(RuleCatalogue catalogue) {
        StringBuilder out = new StringBuilder("# ").append(label("Regelkatalogen", "The rule catalogue")).append("\n\n");
        out.append(label("Generert fra regelkatalogen; ikke rediger for hånd.",
                "Generated from the rule catalogue; do not edit by hand.")).append(" ")
                .append("`./mvnw -pl validator test -Dpraksis.regenerate=true`").append("\n\n");
        out.append("| ").append(label("Regel", "Rule")).append(" | ").append(label("Alvorlighet", "Severity"))
                .append(" | ").append(label("Rettslig grunnlag", "Legal basis")).append(" | ")
                .append(label("Sammendrag", "Summary")).append(" |\n|---|---|---|---|\n");
        for (RuleDefinition rule : catalogue.rules()) {
            out.append("| [").append(rule.id()).append("](").append(rule.id()).append(".md) | ")
                    .append(rule.severity().label()).append(" | ").append(shortBasis(rule)).append(" | ")
                    .append(text(rule.summary())).append(" |\n");
        }
        return out.toString();
    }

    /**
     * The coverage table: each requirement of the legal brief, the rules that implement it and
     * their fixtures, or why it cannot be checked; then each source provision with its rules.
     *
     * @param fixtures the fixture files of a rule, as paths relative to the repository root
     */
    public String coverage(RuleCatalogue catalogue, Coverage coverage, Function<String, List<String>> fixtures) {
        StringBuilder out = new StringBuilder("# ").append(label("Dekning", "Coverage")).append("\n\n");
        out.append(label("Hva regelkatalogen kontrollerer, fra hvert krav (R) og hver anbefaling (H) i den juridiske "
                        + "gjennomgangen til reglene og testene deres, og hva som ikke kan kontrolleres fra en avtale.",
                "What the rule catalogue checks: from each requirement (R) and recommendation (H) of the legal "
                        + "brief to the rules and their fixtures, and what cannot be checked from an agreement."))
                .append(" ").append(label("Generert; ikke rediger for hånd.", "Generated; do not edit by hand."))
                .append("\n\n| | ").append(label("Kilde", "Source")).append(" | ")
                .append(label("Krav", "Requirement")).append(" | ").append(label("Regler og tester", "Rules and fixtures"))
                .append(" |\n|---|---|---|---|\n");
        for (Coverage.Item item : coverage.items()) {
            List<String> cells = new ArrayList<>();
            for (RuleDefinition rule : catalogue.rules()) {
                if (rule.covers().contains(item.id())) {
                    cells.add(ruleWithFixtures(rule, fixtures));
                }
            }
            String rules = cells.isEmpty()
                    ? "**" + label("Ikke kontrollerbart", "Not checkable") + ":** "
                            + (item.notCheckable() == null ? "" : text(item.notCheckable()))
                    : String.join("<br>", cells) + (item.notCheckable() == null ? ""
                            : "<br>**" + label("Merknad", "Note") + ":** " + text(item.notCheckable()));
            out.append("| ").append(item.id()).append(" | ").append(item.source()).append(" | ")
                    .append(text(item.text())).append(" | ").append(rules).append(" |\n");
        }
        out.append("\n## ").append(label("Per rettskilde", "By source provision")).append("\n\n| ")
                .append(label("Bestemmelse", "Provision")).append(" | ").append(label("Regler og tester", "Rules and fixtures"))
                .append(" |\n|---|---|\n");
        Map<String, List<String>> byProvision = new LinkedHashMap<>();
        for (RuleDefinition rule : catalogue.rules()) {
            for (LegalReference reference : rule.legalBasis()) {
                byProvision.computeIfAbsent(provision(reference), k -> new ArrayList<>())
                        .add(ruleWithFixtures(rule, fixtures));
            }
        }
        byProvision.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append("| ")
                .append(e.getKey()).append(" | ").append(String.join("<br>", e.getValue())).append(" |\n"));
        return out.toString();
    }

    private static String ruleWithFixtures(RuleDefinition rule, Function<String, List<String>> fixtures) {
        List<String> links = fixtures.apply(rule.id()).stream()
                .map(path -> "[" + path.substring(path.lastIndexOf('/') + 1) + "](../" + path + ")").toList();
        return "[" + rule.id() + "](rules/" + rule.id() + ".md) (" + String.join(", ", links) + ")";
    }

    private static String provision(LegalReference reference) {
        if (reference.isGuideline()) {
            return "Nasjonal retningslinje for programmet / national guideline of the programme"
                    + (reference.article() == null ? "" : " " + reference.article());
        }
        Instrument.Version version = last(reference.instrument());
        return version.id() + " " + reference.wordingOf(version.id()).article();
    }

    private String validity(RuleDefinition rule) {
        return period(rule.validFrom(), rule.validTo(), label("alltid", "always"));
    }

    /** A period in force in every language of the page, or {@code always} when it is open at both ends. */
    private String period(LocalDate from, LocalDate to, String always) {
        if (from == null && to == null) {
            return always;
        }
        return perLanguage(language -> {
            boolean en = "en".equals(language);
            String start = from == null ? "" : (en ? "from " : "fra ") + from;
            String end = to == null ? "" : (en ? "until " : "til ") + to;
            return (start + " " + end).strip();
        });
    }

    private String detection(RuleDefinition rule) {
        return switch (rule.layer()) {
            case "parse" -> label("innlesingen av YAML", "the YAML loader");
            case "schema" -> rule.fields().isEmpty() ? label("JSON-skjemaet", "the JSON Schema")
                    : label("JSON-skjemaet, når et av disse feltene mangler eller er tomt",
                            "the JSON Schema, when one of these fields is missing or empty") + ": " + fields(rule);
            case "waivers" -> label("behandlingen av unntak", "the handling of waivers");
            default -> label("regelmotoren (Drools)", "the rule engine (Drools)") + (rule.fields().isEmpty() ? ""
                    : "; " + label("JSON-skjemaet for", "the JSON Schema for") + " " + fields(rule));
        };
    }

    private static String fields(RuleDefinition rule) {
        return String.join(", ", rule.fields().stream().map(f -> "`" + f + "`").toList());
    }

    private String legalBasis(RuleDefinition rule) {
        if (rule.legalBasis().isEmpty()) {
            return label("Ingen rettskilde: regelen følger av formatet praksisavtale/v1.",
                    "No legal source: the rule follows from format praksisavtale/v1.") + "\n";
        }
        StringBuilder out = new StringBuilder();
        // The rammeplan's scope is said once, however many of its articles the rule cites.
        boolean scopeSaid = false;
        for (LegalReference reference : rule.legalBasis()) {
            if (reference.isGuideline() && reference.wordings().isEmpty()) {
                out.append("- ").append(label("Den nasjonale retningslinjen for utdanningsprogrammet funnet gjelder, "
                                + "slik den står i programlisten",
                        "The national guideline of the programme the finding is about, as the programme code list gives it"))
                        .append(reference.article() == null ? "" : ", " + reference.article()).append(".\n");
                quote(out, reference.quote());
            } else if (reference.isGuideline()) {
                out.append("- ").append(label("Den nasjonale retningslinjen for utdanningsprogrammet, der den har "
                                + "bestemmelsen; hver retningslinje med sin artikkel og ordlyd",
                        "The national guideline of the programme, where it has the provision; each guideline with "
                                + "its own article and wording")).append(":\n");
                reference.wordings().forEach((instrument, wording) -> {
                    out.append("  - ").append(instrument).append(' ').append(wording.article()).append('\n');
                    quote(out, wording.quote(), "    ");
                });
            } else {
                if (Instrument.RAMMEPLAN.equals(reference.instrument().scope()) && !scopeSaid) {
                    scopeSaid = true;
                    out.append("- ").append(label("Gjelder bare for utdanningene som er nevnt i rammeplanens § 1; for "
                                    + "andre utdanninger siteres den ikke.",
                            "Applies only to the programmes listed in § 1 of the framework plan; for others it is "
                                    + "not cited.")).append('\n');
                }
                for (Instrument.Version version : reference.instrument().versions()) {
                    // Only the versions in force while the rule applies are its basis.
                    if (rule.validFrom() != null && version.inForceTo() != null
                            && version.inForceTo().isBefore(rule.validFrom())) {
                        continue;
                    }
                    LegalReference.Wording wording = reference.wordingOf(version.id());
                    String url = wording.anchor() == null ? version.url() : version.url() + "/" + wording.anchor();
                    out.append("- [").append(version.id()).append(' ').append(wording.article()).append("](")
                            .append(url).append(") – ").append(version.title());
                    String inForce = period(version.inForceFrom(), version.inForceTo(), "");
                    out.append(inForce.isEmpty() ? "" : " (" + inForce + ")").append('\n');
                    if (!reference.wordings().isEmpty()) {
                        quote(out, wording.quote(), "  ");
                    }
                }
                if (reference.wordings().isEmpty()) {
                    quote(out, reference.quote());
                }
            }
        }
        return out.toString();
    }

    private static void quote(StringBuilder out, String quote) {
        quote(out, quote, "  ");
    }

    private static void quote(StringBuilder out, String quote, String indent) {
        if (quote != null) {
            out.append("\n").append(indent).append("> ").append(quote.replace("\n", " ")).append("\n\n");
        }
    }

    /** The rule's primary legal basis in its current version, in one short line. */
    public String citation(RuleDefinition rule) {
        return shortBasis(rule);
    }

    private String shortBasis(RuleDefinition rule) {
        if (rule.legalBasis().isEmpty()) {
            return "–";
        }
        LegalReference first = rule.legalBasis().get(0);
        return first.isGuideline() ? label("programmets retningslinje", "the programme's guideline")
                + (first.article() == null ? "" : " " + first.article())
                : last(first.instrument()).id() + " " + first.wordingOf(last(first.instrument()).id()).article();
    }

    private static Instrument.Version last(Instrument instrument) {
        return instrument.versions().get(instrument.versions().size() - 1);
    }

    private String waivers(RuleDefinition rule) {
        if (!rule.waivable()) {
            return label("Regelen kan ikke unntas: den bygger på et krav i forskrift eller i formatet.",
                    "The rule cannot be waived: it rests on a requirement of a regulation or of the format.") + "\n";
        }
        return label("Regelen er en anbefaling. En avtale som bevisst fraviker den, kan gjøre unntak med begrunnelse; "
                        + "funnet vises da som unntatt i alle rapporter:",
                "The rule is a recommendation. An agreement that deliberately departs from it may waive it with a "
                        + "reason; the finding is then shown as waived in every report:")
                + "\n\n```yaml\nwaivers:\n  - rule: " + rule.id() + "\n    reason: \"…\"\n    approvedBy: \"…\"\n"
                + "    expires: 2027-07-31\n```\n";
    }

    private void section(StringBuilder out, String nb, String en) {
        out.append("## ").append(label(nb, en)).append("\n\n");
    }

    private static String yaml(String snippet) {
        return snippet == null ? "–\n\n" : "```yaml\n" + snippet.stripTrailing() + "\n```\n\n";
    }

    /** A text in every language of the page, bokmål first, English in italics. */
    private String both(String before, LocalizedText text, String after) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String language : languages) {
            String value = text.in(language);
            out.append(before).append(value).append(after).append("\n\n");
        }
        return out.toString();
    }

    private String text(LocalizedText text) {
        List<String> parts = new ArrayList<>();
        for (String language : languages) {
            parts.add(text.in(language));
        }
        return String.join(" / ", parts).replace("|", "\\|").replace("\n", " ");
    }

    private String perLanguage(Function<String, String> text) {
        return String.join(" / ", languages.stream().map(text).toList());
    }

    private String label(String nb, String en) {
        List<String> parts = new ArrayList<>();
        for (String language : languages) {
            parts.add("en".equals(language) ? en : nb);
        }
        return String.join(" / ", parts);
    }
}
