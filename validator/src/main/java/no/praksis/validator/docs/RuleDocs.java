package no.praksis.validator.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;

import no.praksis.rules.Coverage;
import no.praksis.rules.Instrument;
import no.praksis.rules.LegalReference;
import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.schema.LocalizedText;
import no.praksis.validator.render.LockedTemplates;

/**
 * Writes the rule documentation from the catalogue: one page per rule (Summary, Legal basis, Why,
 * Avoid, Prefer, Waivers), laid out by the template {@code rule.md.ftl} from the texts chosen here in
 * the page's languages; an index, and the coverage table from the legal brief's requirements to
 * the rules and their fixtures. {@code praksis explain} prints the same page, so that the docs, the
 * command line and the code say the same.
 */
public final class RuleDocs {

    /** The command that rewrites the generated docs; the pages and DocsTest name it. */
    public static final String REGENERATE = "./mvnw -pl validator -am test -Dtest=DocsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dpraksis.fuzz.skip=true -Dpraksis.regenerate=true";

    /** From docs/rules/ to the repository root, where the paths of a rule's files start. */
    private static final String FROM_RULE_PAGES = "../../";
    private static final String PAGE_TEMPLATE = "rule.md.ftl";
    private static final Configuration TEMPLATES = LockedTemplates.configuration(RuleDocs.class, "/no/praksis/validator/docs");

    private static final LocalizedText FROM = new LocalizedText("fra", "frå", "from");
    private static final LocalizedText UNTIL = new LocalizedText("til", "til", "until");

    /** The fixed words of a rule page (some also of the index), by the name the template gives them. */
    private static final Map<String, LocalizedText> LABELS = Map.ofEntries(
            Map.entry("severity", new LocalizedText("Alvorlighet", "Alvorsgrad", "Severity")),
            Map.entry("waivable", new LocalizedText("Kan unntas", "Kan unntakast", "Waivable")),
            Map.entry("yes", new LocalizedText("ja", "ja", "yes")),
            Map.entry("no", new LocalizedText("nei", "nei", "no")),
            Map.entry("applies", new LocalizedText("Gjelder", "Gjeld", "Applies")),
            Map.entry("detectedBy", new LocalizedText("Oppdages av", "Blir oppdaga av", "Detected by")),
            Map.entry("legalBasis", new LocalizedText("Rettslig grunnlag", "Rettsleg grunnlag", "Legal basis")),
            Map.entry("noLegalSourcePortfolio", new LocalizedText("Ingen rettskilde: regelen gir oversikt på tvers av "
                    + "avtalene.", "Inga rettskjelde: regelen gir oversyn på tvers av avtalane.", "No legal source: the rule gives an overview across the agreements.")),
            Map.entry("noLegalSource", new LocalizedText("Ingen rettskilde: regelen følger av formatet praksisavtale/v1.",
                    "Inga rettskjelde: regelen følgjer av formatet praksisavtale/v1.", "No legal source: the rule follows from format praksisavtale/v1.")),
            Map.entry("guideline", new LocalizedText("Den nasjonale retningslinjen for utdanningsprogrammet funnet "
                    + "gjelder, slik den står i programlisten", "Den nasjonale retningslina for utdanningsprogrammet funnet gjeld, "
                    + "slik ho står i programlista",
                    "The national guideline of the programme the finding is about, as the programme code list gives it")),
            Map.entry("guidelines", new LocalizedText("Den nasjonale retningslinjen for utdanningsprogrammet, der den "
                    + "har bestemmelsen; hver retningslinje med sin artikkel og ordlyd", "Den nasjonale retningslina for "
                    + "utdanningsprogrammet, der ho har føresegna; kvar retningsline med sin artikkel og ordlyd",
                    "The national guideline of the programme, where it has the provision; each guideline with its own "
                            + "article and wording")),
            Map.entry("rammeplanScope", new LocalizedText("Gjelder bare for utdanningene som er nevnt i rammeplanens § 1; "
                    + "for andre utdanninger siteres den ikke.", "Gjeld berre for utdanningane som er nemnde i "
                    + "§ 1 i rammeplanen; for andre utdanningar blir han ikkje sitert.",
                    "Applies only to the programmes listed in § 1 of the framework plan; for others it is not cited.")),
            Map.entry("why", new LocalizedText("Hvorfor", "Kvifor", "Why")),
            Map.entry("documentError", new LocalizedText("Dokumentfeil: formatet krever det.", "Dokumentfeil: formatet krev det.",
                    "A document error: the format requires it.")),
            Map.entry("avoid", new LocalizedText("Unngå", "Unngå", "Avoid")),
            Map.entry("prefer", new LocalizedText("Foretrekk", "Føretrekk", "Prefer")),
            Map.entry("waivers", new LocalizedText("Unntak", "Unntak", "Waivers")),
            Map.entry("notWaivable", new LocalizedText("Regelen kan ikke unntas: den bygger på et krav i forskrift eller "
                    + "i formatet.", "Regelen kan ikkje unntakast: han byggjer på eit krav i forskrift eller i formatet.",
                    "The rule cannot be waived: it rests on a requirement of a regulation or of the format.")),
            Map.entry("waivableWhy", new LocalizedText("Regelen er en anbefaling. En avtale som bevisst fraviker den, kan "
                    + "gjøre unntak med begrunnelse; funnet vises da som unntatt i alle rapporter:", "Regelen er ei tilråding. Ein "
                    + "avtale som medvite vik av frå henne, kan gjere unntak med grunngiving; funnet blir då vist som "
                    + "unnateke i alle rapportar:",
                    "The rule is a recommendation. An agreement that deliberately departs from it may waive it with a "
                            + "reason; the finding is then shown as waived in every report:")),
            Map.entry("generated", new LocalizedText("Generert fra regelfilen; ikke rediger denne siden.", "Generert frå regelfila; ikkje rediger denne sida.",
                    "Generated from the rule file; do not edit this page.")),
            Map.entry("edit", new LocalizedText("Rediger regelfilen", "Rediger regelfila", "Edit the rule file")),
            Map.entry("regenerate", new LocalizedText("Lag sidene på nytt", "Lag sidene på nytt", "Regenerate the pages")),
            Map.entry("files", new LocalizedText("Regelens filer", "Filene til regelen", "The rule's files")),
            Map.entry("ruleFile", new LocalizedText("regelfilen: metadata, tekster, rettslig grunnlag", "regelfila: metadata, tekstar, rettsleg grunnlag",
                    "the rule file: metadata, texts, legal basis")),
            Map.entry("drl", new LocalizedText("regelen i Drools", "regelen i Drools", "the rule in Drools")),
            Map.entry("fixtures", new LocalizedText("Testavtaler", "Testavtalar", "Fixtures")));

    /** The languages of a page: both for the committed docs, one for the command line. */
    private final List<String> languages;

    public RuleDocs(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    /** The documentation page of {@code rule}, as {@code praksis explain} and SARIF's help show it. */
    public String page(RuleDefinition rule) {
        return render(pageModel(rule));
    }

    /**
     * The page of {@code rule} for docs/rules/: stamped as generated, with the rule file to edit and
     * the command that regenerates it, and linking the rule's files from there.
     */
    public String page(RuleDefinition rule, Sources sources) {
        Map<String, Object> model = pageModel(rule);
        Map<String, Object> files = new HashMap<>();
        files.put("ruleFile", sources.ruleFile());
        files.put("ruleFileLink", FROM_RULE_PAGES + sources.ruleFile());
        if (sources.drl() != null) {
            files.put("drl", sources.drl());
            files.put("drlLink", FROM_RULE_PAGES + sources.drl());
        }
        files.put("fixtureLinks", sources.fixtures().stream().map(path -> FROM_RULE_PAGES + path).toList());
        model.put("files", files);
        model.put("regenerate", REGENERATE);
        return render(model);
    }

    /**
     * The files of one rule, as paths from the repository root.
     *
     * @param drl null when the rule engine does not detect the rule
     */
    public record Sources(String ruleFile, String drl, List<String> fixtures) {

        public Sources {
            fixtures = List.copyOf(fixtures);
        }
    }

    private Map<String, Object> pageModel(RuleDefinition rule) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", rule.id());
        model.put("labels", LABELS.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> label(e.getKey()))));
        model.put("summary", rule.summary() == null ? List.of() : inEachLanguage(rule.summary()));
        model.put("severity", rule.severity().label());
        model.put("waivable", rule.waivable());
        model.put("applies", validity(rule));
        model.put("detectedBy", detection(rule));
        model.put("noLegalSource", "portfolio".equals(rule.layer()) ? "noLegalSourcePortfolio" : "noLegalSource");
        model.put("legalBasis", legalBasis(rule));
        if (rule.why() != null) {
            model.put("why", inEachLanguage(rule.why()));
        }
        if (rule.avoid() != null) {
            model.put("avoid", rule.avoid().stripTrailing());
        }
        if (rule.prefer() != null) {
            model.put("prefer", rule.prefer().stripTrailing());
        }
        return model;
    }

    private static String render(Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            TEMPLATES.getTemplate(PAGE_TEMPLATE).process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the rule page template failed: " + e.getMessage(), e);
        }
    }

    /** The index of all rules, with links to their pages. */
    public String index(RuleCatalogue catalogue) {
        StringBuilder out = new StringBuilder("# ").append(label("Regelkatalogen", "The rule catalogue")).append("\n\n");
        out.append(label("Generert fra regelkatalogen; ikke rediger for hånd.",
                "Generated from the rule catalogue; do not edit by hand.")).append(" ")
                .append("`").append(REGENERATE).append("`").append("\n\n");
        out.append("| ").append(label("Regel", "Rule")).append(" | ").append(label("severity"))
                .append(" | ").append(label("legalBasis")).append(" | ")
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
     * @param sources the files of a rule by its id
     */
    public String coverage(RuleCatalogue catalogue, Coverage coverage, Function<String, Sources> sources) {
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
                    cells.add(ruleWithFixtures(rule, sources));
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
        if (!coverage.programmeWide().isEmpty()) {
            out.append("\n## ").append(label("Plikter for hele studieprogrammet", "Programme-wide duties"))
                    .append("\n\n").append(label("Uker og praksisarenaer som retningslinjene krever av studieprogrammet, "
                                    + "ikke av hver avtale, og om de kan vurderes over institusjonens avtaler i kraft med "
                                    + "kommuner (praksis portfolio). Bare en plikt som krever et målbart minimum i den "
                                    + "kommunale helse- og omsorgstjenesten kan det; praksis i spesialisthelsetjenesten "
                                    + "eller ved institusjonens egne klinikker står ikke i disse avtalene.",
                            "Weeks and practice arenas that the guidelines require of the study programme, not of each "
                                    + "agreement, and whether they can be judged across the institution's agreements in "
                                    + "force with municipalities (praksis portfolio). Only a duty that requires a "
                                    + "measurable minimum in the municipal health and care services can; placements in "
                                    + "the specialist health service or at the institution's own clinics are not in these "
                                    + "agreements."))
                    .append("\n\n| ").append(label("Kilde", "Source")).append(" | ").append(label("Ordlyd", "Wording"))
                    .append(" | ").append(label("Vurdering", "Decision")).append(" |\n|---|---|---|\n");
            for (Coverage.Duty duty : coverage.programmeWide()) {
                String rule = duty.rule() == null ? "" : "[" + duty.rule() + "](rules/" + duty.rule() + ".md): ";
                out.append("| ").append(duty.source()).append(" | «").append(duty.wording().replace("|", "\\|"))
                        .append("» | ").append(rule).append(text(duty.decision())).append(" |\n");
            }
        }
        out.append("\n## ").append(label("Per rettskilde", "By source provision")).append("\n\n| ")
                .append(label("Bestemmelse", "Provision")).append(" | ").append(label("Regler og tester", "Rules and fixtures"))
                .append(" |\n|---|---|\n");
        Map<String, List<String>> byProvision = new LinkedHashMap<>();
        for (RuleDefinition rule : catalogue.rules()) {
            for (LegalReference reference : rule.legalBasis()) {
                byProvision.computeIfAbsent(provision(reference), k -> new ArrayList<>())
                        .add(ruleWithFixtures(rule, sources));
            }
        }
        byProvision.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append("| ")
                .append(e.getKey()).append(" | ").append(String.join("<br>", e.getValue())).append(" |\n"));
        return out.toString();
    }

    private static String ruleWithFixtures(RuleDefinition rule, Function<String, Sources> sources) {
        List<String> links = sources.apply(rule.id()).fixtures().stream()
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
        return perLanguage(language -> ((from == null ? "" : FROM.in(language) + " " + from) + " "
                + (to == null ? "" : UNTIL.in(language) + " " + to)).strip());
    }

    private String detection(RuleDefinition rule) {
        return switch (rule.layer()) {
            case "parse" -> label("innlesingen av YAML", "innlesinga av YAML", "the YAML loader");
            case "schema" -> rule.fields().isEmpty() ? label("JSON-skjemaet", "JSON-skjemaet", "the JSON Schema")
                    : label("JSON-skjemaet, når et av disse feltene mangler eller er tomt",
                            "JSON-skjemaet, når eitt av desse felta manglar eller er tomt", "the JSON Schema, when one of these fields is missing or empty") + ": " + fields(rule);
            case "waivers" -> label("behandlingen av unntak", "handsaminga av unntak", "the handling of waivers");
            case "diff" -> label("sammenligningen av to versjoner av avtalen i `praksis diff`",
                    "samanlikninga av to versjonar av avtalen i `praksis diff`",
                    "the comparison of two versions of the agreement in `praksis diff`");
            case "portfolio" -> label("regelmotoren (Drools), over alle avtalene i `praksis portfolio` samlet",
                    "regelmotoren (Drools), over alle avtalane i `praksis portfolio` samla", "the rule engine (Drools), over all the agreements of `praksis portfolio` together");
            default -> label("regelmotoren (Drools)", "regelmotoren (Drools)", "the rule engine (Drools)") + (rule.fields().isEmpty() ? ""
                    : "; " + label("JSON-skjemaet for", "JSON-skjemaet for", "the JSON Schema for") + " " + fields(rule));
        };
    }

    private static String fields(RuleDefinition rule) {
        return String.join(", ", rule.fields().stream().map(f -> "`" + f + "`").toList());
    }

    /**
     * The legal basis as entries of the page's list: the guideline of the programme in the finding,
     * each guideline with its own wording, or an instrument with its versions while the rule applies.
     */
    private List<Map<String, Object>> legalBasis(RuleDefinition rule) {
        List<Map<String, Object>> entries = new ArrayList<>();
        // The rammeplan's scope is said once, however many of its articles the rule cites.
        boolean scopeSaid = false;
        for (LegalReference reference : rule.legalBasis()) {
            Map<String, Object> entry = new HashMap<>();
            if (reference.isGuideline() && reference.wordings().isEmpty()) {
                entry.put("kind", "guideline");
                putIfPresent(entry, "article", reference.article());
                putIfPresent(entry, "quote", flat(reference.quote()));
            } else if (reference.isGuideline()) {
                entry.put("kind", "guidelines");
                List<Map<String, Object>> wordings = new ArrayList<>();
                reference.wordings().forEach((instrument, wording) -> {
                    Map<String, Object> item = new HashMap<>();
                    item.put("instrument", instrument);
                    item.put("article", wording.article());
                    putIfPresent(item, "quote", flat(wording.quote()));
                    wordings.add(item);
                });
                entry.put("wordings", wordings);
            } else {
                entry.put("kind", "instrument");
                if (Instrument.RAMMEPLAN.equals(reference.instrument().scope()) && !scopeSaid) {
                    scopeSaid = true;
                    entry.put("rammeplanScope", true);
                }
                List<Map<String, Object>> versions = new ArrayList<>();
                for (Instrument.Version version : reference.instrument().versions()) {
                    // Only the versions in force while the rule applies are its basis.
                    if (rule.validFrom() != null && version.inForceTo() != null
                            && version.inForceTo().isBefore(rule.validFrom())) {
                        continue;
                    }
                    LegalReference.Wording wording = reference.wordingOf(version.id());
                    Map<String, Object> item = new HashMap<>();
                    item.put("id", version.id());
                    item.put("article", wording.article());
                    item.put("url", wording.anchor() == null ? version.url() : version.url() + "/" + wording.anchor());
                    item.put("title", version.title());
                    String inForce = period(version.inForceFrom(), version.inForceTo(), "");
                    putIfPresent(item, "inForce", inForce.isEmpty() ? null : inForce);
                    if (!reference.wordings().isEmpty()) {
                        putIfPresent(item, "quote", flat(wording.quote()));
                    }
                    versions.add(item);
                }
                entry.put("versions", versions);
                if (reference.wordings().isEmpty()) {
                    putIfPresent(entry, "quote", flat(reference.quote()));
                }
            }
            entries.add(entry);
        }
        return entries;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** A quote on one line, as a Markdown quote must be. */
    private static String flat(String quote) {
        return quote == null ? null : quote.replace("\n", " ");
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

    /** A text in every language of the page, bokmål first. */
    private List<String> inEachLanguage(LocalizedText text) {
        return languages.stream().map(text::in).toList();
    }

    /** A text in every language of the page, on one line of a table. */
    private String text(LocalizedText text) {
        return perLanguage(text::in).replace("|", "\\|").replace("\n", " ");
    }

    private String perLanguage(Function<String, String> text) {
        return String.join(" / ", languages.stream().map(text).toList());
    }

    /** One of the fixed words of a rule page. */
    private String label(String key) {
        return perLanguage(LABELS.get(key)::in);
    }

    /** Words of the index and coverage pages, which are written in bokmål and English only. */
    private String label(String nb, String en) {
        return label(nb, null, en);
    }

    private String label(String nb, String nn, String en) {
        return perLanguage(new LocalizedText(nb, nn, en)::in);
    }
}
