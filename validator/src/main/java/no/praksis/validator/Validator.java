package no.praksis.validator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import no.praksis.rules.LegalBasis;
import no.praksis.rules.model.Agreement;
import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.rules.RuleEngine;
import no.praksis.rules.RuleHit;
import no.praksis.validator.bind.AgreementBinder;
import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.load.LoadedDocument;
import no.praksis.validator.load.SourceMap;
import no.praksis.validator.load.YamlLoader;
import no.praksis.validator.schema.SchemaCheck;

/**
 * The validation pipeline, the one API that the command line and the Maven plugin use:
 * load → schema → bind → rules → resolve → report. A validator is immutable and safe to share
 * between threads; each call works on its own data and its own rule session.
 */
public final class Validator {

    /** The label for standard input in reports. */
    public static final String STDIN = "<stdin>";

    private final String language;
    private final LocalDate asOf;
    private final Clock clock;
    private final LoadLimits limits;
    private final SchemaCheck schemaCheck;
    private final YamlLoader loader;
    private final RuleCatalogue catalogue = RuleCatalogue.standard();

    private Validator(Builder builder) {
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

    /** Validates the files in {@code files}, in order. */
    public ValidationReport validate(List<Path> files) {
        List<FileReport> reports = new ArrayList<>();
        for (Path file : files) {
            reports.add(validate(file));
        }
        return report(reports);
    }

    /** Wraps file reports in a report of this tool and rule base. */
    public ValidationReport report(List<FileReport> files) {
        return new ValidationReport(Versions.tool(), Versions.ruleBase(), files);
    }

    /** Validates one file. A file that cannot be read gives a {@code parse} finding, not an exception. */
    public FileReport validate(Path file) {
        return validate(file, file.toString());
    }

    /** As {@link #validate(Path)}; {@code name} is how reports refer to the file. */
    public FileReport validate(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                return unreadable(name, "it is a directory");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                // Judged before reading, so that a huge file is never loaded into memory.
                return resolve(name, LoadedDocument.failed("too-large",
                        Map.of("size", String.valueOf(size), "limit", String.valueOf(limits.maxBytes()))), null);
            }
            return validate(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return unreadable(name, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Validates an agreement given as bytes; {@code name} is how reports refer to it. */
    public FileReport validate(String name, byte[] content) {
        return check(name, content).report();
    }

    /**
     * What validation found, and the agreement as the rules saw it.
     *
     * @param agreement the bound agreement, or null when the document could not be bound (it could not
     *                  be parsed, is not well-formed, or still holds placeholders)
     */
    public record Checked(FileReport report, Agreement agreement) {
    }

    /** Validates an agreement, keeping the bound agreement for those who go on to use it (rendering). */
    public Checked check(String name, byte[] content) {
        LoadedDocument document = loader.load(content);
        if (!document.parsed()) {
            return new Checked(resolve(name, document, null), null);
        }
        List<Detection> detections = new ArrayList<>(document.detections());
        LocalDate judgementDate = judgementDate(document.tree());
        List<Detection> schemaFindings = new ArrayList<>(schemaCheck.check(document.tree(), document.sourceMap(),
                judgementDate));
        // A placeholder left from `praksis init` is reported as such, not as the bad date or number it
        // stands in for; while any is left, the agreement is a draft and the rules do not run.
        List<Detection> placeholders = Placeholders.find(document.tree());
        schemaFindings.removeIf(d -> placeholders.stream().anyMatch(p -> p.pointer().equals(d.pointer())));
        detections.addAll(placeholders);
        detections.addAll(schemaFindings);
        // Rules reason over a well-formed agreement only: structural problems stop here. An element
        // that a rule owns may be missing (the rule reports it), and the other rules still run.
        boolean structural = !placeholders.isEmpty()
                || schemaFindings.stream().anyMatch(d -> catalogue.require(d.ruleId()).fields().isEmpty());
        Agreement agreement = null;
        if (!structural) {
            agreement = AgreementBinder.bind(document.tree());
            for (RuleHit hit : RuleEngine.run(agreement)) {
                detections.add(Detection.at(hit.ruleId(), hit.pointer(), hit.args()));
            }
            detections.removeIf(d -> !catalogue.require(d.ruleId()).appliesTo(judgementDate, d.args()));
            detections = Waivers.apply(agreement.waivers(), detections, catalogue, judgementDate);
        }
        return new Checked(resolve(name, new LoadedDocument(document.tree(), document.sourceMap(), document.lines(),
                detections), judgementDate), agreement);
    }

    private FileReport unreadable(String name, String problem) {
        return resolve(name, LoadedDocument.failed("unreadable", Map.of("problem", problem)), null);
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

    private FileReport resolve(String name, LoadedDocument document, LocalDate judgementDate) {
        LocalDate date = judgementDate != null ? judgementDate : asOf != null ? asOf : LocalDate.now(clock);
        SourceMap sourceMap = document.sourceMap();
        List<Finding> findings = new ArrayList<>();
        for (Detection detection : document.detections()) {
            RuleDefinition rule = catalogue.require(detection.ruleId());
            Position at = detection.position() != null ? detection.position() : sourceMap.positionOf(detection.pointer());
            List<LegalBasis> legalBasis = rule.legalBasisOn(date, detection.args());
            findings.add(new Finding(rule.id(), rule.severity(),
                    rule.describe(language, detection.variant(), detection.args()),
                    detection.pointer() == null ? "" : detection.pointer(), at.line(), at.column(),
                    legalBasis, detection.waived()));
        }
        findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::ruleId).thenComparing(Finding::message));
        JsonNode id = document.tree() == null ? null : document.tree().get("id");
        return new FileReport(name, id != null && id.isString() ? id.asString() : null, document.parsed(),
                findings, document.lines());
    }

    /** Settings of a validator. */
    public static final class Builder {
        private String language = "nb";
        private LocalDate asOf;
        private Clock clock = Clock.systemDefaultZone();
        private LoadLimits limits = LoadLimits.DEFAULT;

        private Builder() {
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
