package no.praksis.validator.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.praksis.rules.Severity;
import no.praksis.validator.FileReport;
import no.praksis.validator.ValidationReport;

/**
 * The report formats, each with its writer and the file name a build gives it: the one place that
 * chooses how a run is reported, for the command line and the Maven plugin alike. A new format is a
 * new constant here with its writer; nothing else names the formats (as Checkstyle's
 * {@code OutputFormat} creates its listeners).
 */
public enum ReportFormat {
    /** For people: {@code file:line:column: severity RULE-ID message}, the line, a summary. */
    TEXT("praksis.txt", (out, language, threshold) -> new TextReport.Writer(out, language)),
    /** interfaces v1, for scripts. */
    JSON("praksis.json", (out, language, threshold) -> new JsonReport.Writer(out)),
    /** SARIF 2.1.0, for code scanning. */
    SARIF("praksis.sarif", (out, language, threshold) -> new SarifReport.Writer(out, language)),
    /** JUnit XML, for CI test views. */
    JUNIT("praksis-junit.xml", (out, language, threshold) -> new JunitReport.Writer(out, threshold, language)),
    /** GitHub Actions workflow commands (annotations). */
    GITHUB("praksis-github.txt", (out, language, threshold) -> new GithubReport.Writer(out, language));

    /** Makes a format's writer from the run's settings, taking those the format needs. */
    @FunctionalInterface
    private interface WriterFactory {
        ReportWriter create(Writer out, String language, Severity threshold);
    }

    private final String fileName;
    private final WriterFactory factory;

    ReportFormat(String fileName, WriterFactory factory) {
        this.fileName = fileName;
        this.factory = factory;
    }

    /** The name on the command line: {@code text}, {@code json}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The names of all formats on the command line, in order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportFormat::label).toList();
    }

    /** The file name a build writes the report to. */
    public String fileName() {
        return fileName;
    }

    /**
     * A writer of this format to {@code out}.
     *
     * @param language  the language of messages and summaries ({@code nb}, {@code en})
     * @param threshold the lowest severity that fails (JUnit marks a rule's case failed from it)
     */
    public ReportWriter writer(Writer out, String language, Severity threshold) {
        return factory.create(out, language, threshold);
    }

    /** The whole report of {@code report} in this format, as text. */
    public String format(ValidationReport report, String language, Severity threshold) {
        StringWriter out = new StringWriter();
        try {
            ReportWriter writer = writer(out, language, threshold);
            for (FileReport file : report.files()) {
                writer.file(file);
            }
            writer.end(report.tally());
        } catch (IOException e) {
            // A StringWriter does not fail; the spool of a JUnit report, on a full disk, can.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The format named {@code label} on the command line, case ignored.
     *
     * @throws IllegalArgumentException when no format has that name
     */
    public static ReportFormat of(String label) {
        String name = label.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no report format " + label.strip() + ": " + labels()));
    }
}
