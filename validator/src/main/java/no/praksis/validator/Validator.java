package no.praksis.validator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import no.praksis.rules.LegalBasis;
import no.praksis.rules.model.Agreement;
import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.rules.RuleEngine;
import no.praksis.rules.RuleHit;
import no.praksis.rules.Severity;
import no.praksis.validator.bind.AgreementBinder;
import no.praksis.validator.bind.UnreadableValues;
import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.load.LoadedDocument;
import no.praksis.validator.load.Printable;
import no.praksis.validator.load.SourceMap;
import no.praksis.validator.load.YamlLoader;
import no.praksis.validator.schema.SchemaCheck;

/**
 * The validation pipeline, the one API that the command line and the Maven plugin use:
 * load → schema → bind → rules → waivers → resolve, then report; {@link #check} reads as that
 * sequence. A validator is immutable and safe to share between threads; each call works on its own
 * data and its own rule session.
 */
public final class Validator {

    /** The label for standard input in reports. */
    public static final String STDIN = "<stdin>";

    /** The longest value from the file that a message quotes; a longer one is cut. */
    static final int MAX_QUOTED_VALUE = 1000;

    /**
     * Said after the message of a statutory rule none of whose sources governs the finding: the
     * rule's text says what the law requires where it applies, and a lawyer must see that here it
     * does not. The key of its text in this package's messages.
     */
    static final String ADVISORY = "advisory";

    /** The order of a file's findings: by place in the file, then rule, then message. */
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::ruleId).thenComparing(Finding::message);

    /**
     * A finding and where it is put in the file's order: at its own place, or, when another
     * finding is its cause, right after that one ({@code caused}); in a file that is not well-formed,
     * the findings about its form first ({@code content} false), since what the rules find may follow
     * from them.
     */
    private record Ordered(Finding finding, boolean content, Position place, boolean caused) {

        static final Comparator<Ordered> ORDER = Comparator.comparing(Ordered::content)
                .thenComparingInt(o -> o.place().line())
                .thenComparingInt(o -> o.place().column()).thenComparing(Ordered::caused)
                .thenComparing(Ordered::finding, FINDING_ORDER);
    }

    private final String language;
    private final LocalDate asOf;
    private final Clock clock;
    private final LoadLimits limits;
    private final SchemaCheck schemaCheck;
    private final YamlLoader loader;
    private final RuleCatalogue catalogue = RuleCatalogue.standard();
    /** Runs before each file is checked; a seam for tests, which make it fail. */
    private final Consumer<String> beforeCheck;

    private Validator(Builder builder) {
        this.beforeCheck = builder.beforeCheck;
        this.language = builder.language;
        this.asOf = builder.asOf;
        this.clock = builder.clock;
        this.limits = builder.limits;
        this.schemaCheck = SchemaCheck.standard();
        this.loader = new YamlLoader(schemaCheck.navigator(), limits);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts making, on a thread of its own, what every check needs and takes a cold start longest
     * to make: the compiled schema, the Drools KieBase, the rule catalogue and the code lists. A
     * command calls it first thing, so that on a second core these are ready by the time its
     * arguments are parsed; whatever is not ready yet, the first check waits for (each is made once,
     * by whichever thread comes first).
     */
    public static void prepareInBackground() {
        Thread prepare = new Thread(() -> {
            SchemaCheck.standard();
            RuleEngine.warmUp();
            no.praksis.rules.RuleCatalogue.standard();
            no.praksis.schema.CodeLists.standard();
        }, "praksis-prepare");
        prepare.setDaemon(true);
        prepare.start();
    }

    /** Validates the files in {@code files}, in order. */
    public ValidationReport validate(List<Path> files) {
        List<FileReport> reports = new ArrayList<>();
        for (Path file : files) {
            reports.add(validate(file));
        }
        return report(reports);
    }

    /**
     * The document {@code content} holds, as the pipeline's first step reads it, within this
     * validator's limits: for those who compare documents rather than judge one (praksis diff).
     */
    public LoadedDocument load(byte[] content) {
        return loader.load(content);
    }

    /** The format's schema, for those who name its parts (a section's title). */
    public no.praksis.validator.schema.SchemaNavigator schema() {
        return schemaCheck.navigator();
    }

    /** The limits files are read within. */
    public LoadLimits limits() {
        return limits;
    }

    /** The language of this validator's messages. */
    public String language() {
        return language;
    }

    /** Wraps file reports in a report of this tool and rule base. */
    public ValidationReport report(List<FileReport> files) {
        return new ValidationReport(Versions.tool(), Versions.ruleBase(), files);
    }

    /**
     * Validates one file named by the user. A file that cannot be read gives a {@code parse} finding,
     * not an exception. Links are followed only within {@link AgreementFiles#boundaryOf} the file.
     */
    public FileReport validate(Path file) {
        return validate(file, file.toString(), AgreementFiles.boundaryOf(file));
    }

    /**
     * As {@link #validate(Path)}; {@code name} is how reports refer to the file, and a link is
     * followed only to a file within {@code boundary}.
     */
    public FileReport validate(Path file, String name, AgreementFiles.Boundary boundary) {
        return check(file, name, boundary).report();
    }

    /** As {@link #validate(Path, String, AgreementFiles.Boundary)}, keeping the bound agreement. */
    public Checked check(Path file, String name, AgreementFiles.Boundary boundary) {
        return guarded(name, () -> {
            Content content = read(file, name, boundary);
            return content.readable() ? checkUnguarded(name, content.bytes())
                    : new Checked(content.problem(), null);
        }, report -> new Checked(report, null));
    }

    /**
     * Validates an agreement read from {@code in} (see {@link #read(String, InputStream)}). The stream
     * is not closed.
     */
    public FileReport validate(String name, InputStream in) {
        return check(name, in).report();
    }

    /** As {@link #validate(String, InputStream)}, keeping the bound agreement. */
    public Checked check(String name, InputStream in) {
        Content content;
        try {
            content = read(name, in);
        } catch (IOException e) {
            // Standard input that breaks off is one unreadable file; the run goes on.
            content = problem(name, AgreementFiles.NotRead.unreadable(e));
        }
        return content.readable() ? check(name, content.bytes()) : new Checked(content.problem(), null);
    }

    /**
     * An agreement file's bytes, or the report of why they were not read.
     *
     * @param bytes   the content, or null when it was not read
     * @param problem a report with the {@code parse} finding that says why, or null when read
     */
    public record Content(byte[] bytes, FileReport problem) {

        public boolean readable() {
            return problem == null;
        }
    }

    /**
     * Reads an agreement file as {@link AgreementFiles#read(Path, AgreementFiles.Boundary, long)} does,
     * within the size limit, following links only within {@link AgreementFiles#boundaryOf} the file.
     * Whatever stands in the way is a finding, never an exception.
     */
    public Content read(Path file, String name) {
        return read(file, name, AgreementFiles.boundaryOf(file));
    }

    /** As {@link #read(Path, String)}, following a link only to a file within {@code boundary}. */
    public Content read(Path file, String name, AgreementFiles.Boundary boundary) {
        try {
            return new Content(AgreementFiles.read(file, boundary, limits.maxBytes()), null);
        } catch (AgreementFiles.NotRead notRead) {
            return problem(name, notRead);
        }
    }

    /**
     * Reads an agreement from {@code in} no further than the size limit and one byte: a stream
     * longer than the limit (standard input, a file that grew while it was read) is a finding, and
     * is not read to its end. The stream is not closed.
     */
    public Content read(String name, InputStream in) throws IOException {
        try {
            return new Content(AgreementFiles.read(in, limits.maxBytes()), null);
        } catch (AgreementFiles.NotRead notRead) {
            return problem(name, notRead);
        }
    }

    /** The content of a file that was not read: the finding that says why. */
    private Content problem(String name, AgreementFiles.NotRead notRead) {
        return new Content(null, resolve(name, LoadedDocument.failed(notRead.variant(), notRead.args()), null));
    }

    /** Validates an agreement given as bytes; {@code name} is how reports refer to it. */
    public FileReport validate(String name, byte[] content) {
        return check(name, content).report();
    }

    /**
     * What validation found, and the agreement as the rules saw it.
     *
     * @param agreement the bound agreement, or null when the document could not be bound (it could not
     *                  be parsed, is not well-formed, or still holds placeholders); see {@code draft}
     * @param sourceMap where each node of the bound agreement is in the file, or null when not bound:
     *                  for those who report on the agreement later (the portfolio's findings)
     * @param draft     the agreement as far as the file could be bound, for a draft: the bound agreement,
     *                  or, where that is null, what of it is well-formed (a value the schema could not
     *                  read is missing); null only when the file is no mapping
     */
    public record Checked(FileReport report, Agreement agreement, SourceMap sourceMap, String versionLine,
                          Agreement draft) {

        public Checked(FileReport report, Agreement agreement) {
            this(report, agreement, null, null, agreement);
        }
    }

    /**
     * {@code report}, of an agreement whose {@code version} is at {@code at} on the line
     * {@code line}, with the finding {@code detection} there too: what is found only after the file
     * was checked, by comparing it with the other files of the run ({@link VersionCopies}).
     */
    public FileReport withFinding(FileReport report, Detection detection, Position at, String line) {
        RuleDefinition rule = catalogue.require(detection.ruleId());
        List<Finding> findings = new ArrayList<>(report.findings());
        Finding added = new Finding(rule.id(), rule.severity(),
                rule.describe(language, detection.variant(), shown(detection.args())), detection.pointer(), at.line(),
                at.column(), List.of(), false);
        // Put in at its place in the file; the findings there keep their order (a cause before what it causes).
        int index = 0;
        while (index < findings.size() && FINDING_ORDER.compare(findings.get(index), added) <= 0) {
            index++;
        }
        findings.add(index, added);
        List<String> lines = new ArrayList<>(report.lines());
        if (at.line() >= 1 && at.line() <= lines.size()) {
            lines.set(at.line() - 1, line);
        }
        return new FileReport(report.path(), report.agreementId(), report.parsed(), findings, lines);
    }

    private static String lineAt(List<String> lines, int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    /**
     * Validates an agreement, keeping the bound agreement for those who go on to use it (rendering).
     * A defect of the tool met while checking it is the file's finding ({@code parse}, variant
     * {@code internal}), not an exception: the other files of a run are still checked and reported.
     */
    public Checked check(String name, byte[] content) {
        return guarded(name, () -> checkUnguarded(name, content), report -> new Checked(report, null));
    }

    /**
     * What {@code check} gives for the file {@code name}, or, when it fails with an exception or an
     * error, what {@code failure} makes of the file's report of that failure. Running out of memory
     * is not caught: nothing can be relied on after it, not even a report, and it ends the run.
     */
    private <T> T guarded(String name, Supplier<T> check, Function<FileReport, T> failure) {
        try {
            return check.get();
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            String problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return failure.apply(resolve(name, LoadedDocument.failed("internal", Map.of("problem", problem)), null));
        }
    }

    /** The pipeline, step by step: each step works on what the one before it gave. */
    private Checked checkUnguarded(String name, byte[] content) {
        beforeCheck.accept(name);
        LoadedDocument document = loader.load(content);
        if (!document.parsed()) {
            return new Checked(resolve(name, document, null), null);
        }
        LocalDate judgementDate = judgementDate(document.tree());
        SchemaFindings schema = schema(document, judgementDate);
        // Every file that is a mapping is bound, and judged by the rules, whatever the schema found:
        // all of a file's findings come in one run, and a draft can be made of it. What the schema
        // could not read is bound as missing.
        Agreement bound = document.tree().isObject()
                ? AgreementBinder.bind(UnreadableValues.without(document.tree(), schema.unreadable())) : null;
        List<Detection> detections = new ArrayList<>(document.detections());
        detections.addAll(schema.placeholders());
        detections.addAll(schema.findings());
        detections.addAll(schema.structural() ? rulesBeside(schema, bound, judgementDate)
                : rules(bound, judgementDate));
        limitToLegalScope(detections, schema.findings(), judgementDate, programmes(document.tree()));
        List<Detection> waived = waived(bound, detections, judgementDate);
        FileReport report = resolve(name, document.withDetections(waived), judgementDate);
        if (bound == null) {
            return new Checked(report, null);
        }
        Position version = document.sourceMap().positionOf("/version");
        return new Checked(report, schema.structural() ? null : bound, document.sourceMap(),
                lineAt(document.lines(), version.line()), bound);
    }

    /**
     * What the rules find in {@code bound}, an agreement with structural findings, besides those
     * findings: a rule's finding about a place that a structural finding is about, or that holds it or
     * lies within it, is left out, as that finding says what is wrong there (a programme whose code
     * is misspelt is not also reported for what its programme requires). Should a rule fail on a
     * part the schema could not read, the rules' findings are left out, as they were before the rules
     * ran on such files: the structural findings are reported all the same.
     */
    private static List<Detection> rulesBeside(SchemaFindings schema, Agreement bound, LocalDate judgementDate) {
        List<Detection> found;
        try {
            found = rules(bound, judgementDate);
        } catch (RuntimeException e) {
            return List.of();
        }
        found.removeIf(d -> schema.structuralPlaces().stream().anyMatch(place -> related(place, d.pointer())));
        return found;
    }

    /** Whether the places {@code a} and {@code b} are the same, or one lies within the other. */
    private static boolean related(String a, String b) {
        return a.equals(b) || !a.isEmpty() && b.startsWith(a + "/") || !b.isEmpty() && a.startsWith(b + "/");
    }

    /**
     * What the schema step found in a parsed document.
     *
     * @param placeholders     placeholders left from {@code praksis init}
     * @param findings         the schema's findings, but none where a placeholder stands
     * @param structural       true when the agreement is not well-formed (or is still a draft with
     *                         placeholders): it is not the agreement the parties can sign, and the
     *                         rules judge it only beside what the schema found
     * @param unreadable       the places of values that cannot be read as what they stand for: bound
     *                         as missing
     * @param structuralPlaces the places the structural findings and the placeholders are about
     */
    private record SchemaFindings(List<Detection> placeholders, List<Detection> findings, boolean structural,
                                  List<String> unreadable, List<String> structuralPlaces) {
    }

    private SchemaFindings schema(LoadedDocument document, LocalDate judgementDate) {
        List<Detection> findings = new ArrayList<>(schemaCheck.check(document.tree(), document.sourceMap(),
                judgementDate));
        // A placeholder left from `praksis init` is reported as such, not as the bad date or number it
        // stands in for.
        List<Detection> placeholders = Placeholders.find(document.tree());
        findings.removeIf(d -> placeholders.stream().anyMatch(p -> p.pointer().equals(d.pointer())));
        // An element that a rule owns may be missing (the rule reports it); any other finding of the
        // schema, and any placeholder, means that the agreement is not well-formed.
        List<Detection> structuralFindings = findings.stream()
                .filter(d -> catalogue.require(d.ruleId()).fields().isEmpty()).toList();
        List<String> unreadable = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (Detection placeholder : placeholders) {
            unreadable.add(placeholder.pointer());
            places.add(placeholder.pointer());
        }
        for (Detection finding : structuralFindings) {
            if (unreadable(finding)) {
                unreadable.add(finding.pointer());
            }
            boolean missingKey = "SCHEMA-REQUIRED".equals(finding.ruleId()) && finding.args().containsKey("property")
                    && !"empty".equals(finding.variant());
            places.add(missingKey ? finding.pointer() + "/" + SourceMap.escape(finding.args().get("property"))
                    : finding.pointer());
        }
        return new SchemaFindings(placeholders, findings, !placeholders.isEmpty() || !structuralFindings.isEmpty(),
                unreadable, places);
    }

    /**
     * Whether the schema's {@code finding} is about a value that cannot be read as what it stands
     * for: of the wrong kind, no date, out of bounds. A code that is not in its list, a text that does
     * not match its pattern, is still read as written.
     */
    private static boolean unreadable(Detection finding) {
        return switch (finding.ruleId()) {
            case "SCHEMA-TYPE", "SCHEMA-FORMAT", "SCHEMA-INVALID", "parse" -> true;
            case "SCHEMA-SIZE" -> !"min-items".equals(finding.variant());
            default -> false;
        };
    }

    /** What the rules find in {@code agreement}; nothing when it could not be bound (null). */
    private static List<Detection> rules(Agreement agreement, LocalDate judgementDate) {
        List<Detection> detections = new ArrayList<>();
        if (agreement != null) {
            for (RuleHit hit : RuleEngine.run(agreement, judgementDate)) {
                detections.add(Detection.at(hit.ruleId(), hit.pointer(), hit.args()));
            }
        }
        return detections;
    }

    /**
     * Holds each of {@code detections} to the programmes and the date its sources govern: a finding
     * whose rule does not apply to them is dropped, and one of a statutory rule whose sources govern
     * neither is at most a warning (felles rammeplan outside its § 1, say).
     */
    private void limitToLegalScope(List<Detection> detections, List<Detection> schemaFindings,
                                   LocalDate judgementDate, Set<String> programmes) {
        // A field the format asks for, missing while the rule that owns it is not law (before its
        // source came into force), is reported all the same, but as a warning that rests on no law.
        detections.replaceAll(d -> schemaFindings.contains(d) && !catalogue.require(d.ruleId()).fields().isEmpty()
                && !catalogue.require(d.ruleId()).inForceOn(judgementDate) ? d.asAdvisory() : d);
        detections.removeIf(d -> !d.advisory()
                && !catalogue.require(d.ruleId()).appliesTo(judgementDate, d.args(), programmes));
        detections.replaceAll(d -> catalogue.require(d.ruleId()).withoutStatutorySource(judgementDate, d.args(),
                programmes) ? d.asAdvisory() : d);
    }

    /**
     * {@code detections} with the agreement's waivers applied; unchanged when no agreement could be
     * bound (null), since the waivers are written in it.
     */
    private List<Detection> waived(Agreement agreement, List<Detection> detections, LocalDate judgementDate) {
        return agreement == null ? detections
                : Waivers.apply(agreement.waivers(), detections, catalogue, judgementDate);
    }

    /**
     * The date the agreement is judged by: {@code --as-of} when given, otherwise the later of today
     * and the day the agreement takes effect.
     */
    private LocalDate judgementDate(JsonNode tree) {
        if (asOf != null) {
            return asOf;
        }
        LocalDate today = LocalDate.now(clock);
        try {
            LocalDate effectiveFrom = LocalDate.parse(tree.path("term").path("effectiveFrom").asString(""));
            return effectiveFrom.isAfter(today) ? effectiveFrom : today;
        } catch (DateTimeParseException e) {
            return today;
        }
    }

    /**
     * Where the cause of {@code detection} is, when it reports a field as missing that a misspelt key
     * beside it was meant to be ({@code efectiveTo} for {@code effectiveTo}): the root cause comes
     * first, and the missing field right after it, not lines before it at its mapping. Null otherwise.
     */
    private static Position misspeltCause(Detection detection, List<Detection> all, SourceMap sourceMap) {
        String property = detection.args().get("property");
        if (property == null || detection.position() != null || "SCHEMA-UNKNOWN-KEY".equals(detection.ruleId())) {
            return null;
        }
        for (Detection other : all) {
            if ("SCHEMA-UNKNOWN-KEY".equals(other.ruleId()) && property.equals(other.args().get("suggestion"))
                    && other.pointer().equals(detection.pointer() + "/" + SourceMap.escape(other.args().get("property")))) {
                return other.position() != null ? other.position() : sourceMap.positionOf(other.pointer());
            }
        }
        return null;
    }

    /** Whether {@code detection} is about the file's form (YAML, the schema, a placeholder), not its content. */
    private boolean aboutForm(Detection detection) {
        RuleDefinition rule = catalogue.require(detection.ruleId());
        return rule.fields().isEmpty() && ("parse".equals(rule.layer()) || "schema".equals(rule.layer()));
    }

    private FileReport resolve(String name, LoadedDocument document, LocalDate judgementDate) {
        LocalDate date = judgementDate != null ? judgementDate : asOf != null ? asOf : LocalDate.now(clock);
        SourceMap sourceMap = document.sourceMap();
        Set<String> programmes = programmes(document.tree());
        List<Ordered> ordered = new ArrayList<>();
        boolean wellFormed = document.detections().stream()
                .noneMatch(d -> aboutForm(d) && catalogue.require(d.ruleId()).severity() == Severity.ERROR);
        for (Detection detection : document.detections()) {
            RuleDefinition rule = catalogue.require(detection.ruleId());
            Position at = detection.position() != null ? detection.position() : sourceMap.positionOf(detection.pointer());
            Position cause = misspeltCause(detection, document.detections(), sourceMap);
            List<LegalBasis> legalBasis = rule.legalBasisOn(date, detection.args(), programmes);
            String message = rule.describe(language, detection.variant(), shown(detection.args()));
            Finding finding = new Finding(rule.id(), detection.advisory() ? Severity.WARNING : rule.severity(),
                    detection.advisory() ? message + " " + Texts.of(Validator.class, language).get(ADVISORY) : message,
                    detection.pointer() == null ? "" : detection.pointer(), at.line(), at.column(),
                    legalBasis, detection.waived());
            ordered.add(new Ordered(finding, !wellFormed && !aboutForm(detection), cause != null ? cause : at,
                    cause != null));
        }
        ordered.sort(Ordered.ORDER);
        List<Finding> findings = ordered.stream().map(Ordered::finding).toList();
        JsonNode id = document.tree() == null ? null : document.tree().get("id");
        return new FileReport(name, id != null && id.isString() ? id.asString() : null, document.parsed(),
                findings, document.lines());
    }

    /**
     * The codes of the programmes the agreement covers, as written: the sources that govern it
     * depend on them (felles rammeplan only its § 1 programmes, each guideline its own).
     */
    private static Set<String> programmes(JsonNode tree) {
        Set<String> codes = new TreeSet<>();
        if (tree != null) {
            for (JsonNode programme : tree.path("programmes")) {
                if (programme.path("code").isString()) {
                    codes.add(programme.path("code").asString());
                }
            }
        }
        return codes;
    }

    /**
     * The values a message quotes, as they are shown: a value from the file may be long or hold
     * characters a terminal would act on ({@link Printable}).
     */
    private static Map<String, String> shown(Map<String, String> args) {
        Map<String, String> shown = new LinkedHashMap<>();
        args.forEach((key, value) -> shown.put(key, Printable.cut(value, MAX_QUOTED_VALUE)));
        return shown;
    }

    /** Settings of a validator. */
    public static final class Builder {
        private String language = "nb";
        private LocalDate asOf;
        private Clock clock = Clock.systemDefaultZone();
        private LoadLimits limits = LoadLimits.DEFAULT;
        private Consumer<String> beforeCheck = name -> { };

        private Builder() {
        }

        /**
         * Something to run before each file is checked, with the file's name. Only for tests, which
         * need a defect of the tool to see that it is reported (no input is known to cause one).
         */
        Builder beforeCheck(Consumer<String> hook) {
            this.beforeCheck = hook;
            return this;
        }

        /** Language of the messages: {@code nb} (default) or {@code en}. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** The judgement date; by default the later of today and the agreement's effectiveFrom. */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /** The clock that says what today is. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder limits(LoadLimits limits) {
            this.limits = limits;
            return this;
        }

        public Validator build() {
            return new Validator(this);
        }
    }
}
