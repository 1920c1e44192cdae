package no.praksis.validator.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

import no.praksis.rules.Severity;
import no.praksis.validator.FileReport;
import no.praksis.validator.ValidationReport;

/**
 * The report formats, each with its writer and the file name a build gives it: the one place that
 * chooses how a run is reported, for the command line and the Maven plugin alike.
 */
public enum ReportFormat {
    /** For people: {@code file:line:column: severity RULE-ID message}, the line, a summary. */
    TEXT("praksis.txt"),
    /** interfaces v1, for scripts. */
    JSON("praksis.json"),
    /** SARIF 2.1.0, for code scanning. */
    SARIF("praksis.sarif"),
    /** JUnit XML, for CI test views. */
    JUNIT("praksis-junit.xml"),
    /** GitHub Actions workflow commands (annotations). */
    GITHUB("praksis-github.txt");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The name on the command line: {@code text}, {@code json}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
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
        return switch (this) {
            case TEXT -> new TextReport.Writer(out, language);
            case JSON -> new JsonReport.Writer(out);
            case SARIF -> new SarifReport.Writer(out, language);
            case JUNIT -> new JunitReport.Writer(out, threshold, language);
            case GITHUB -> new GithubReport.Writer(out, language);
        };
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

    /** The format named {@code label} on the command line, case ignored. */
    public static ReportFormat of(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
