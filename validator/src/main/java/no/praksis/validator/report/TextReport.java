package no.praksis.validator.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.praksis.rules.LegalBasis;
import no.praksis.rules.Severity;
import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.Tally;
import no.praksis.validator.Texts;
import no.praksis.validator.ValidationReport;
import no.praksis.validator.load.Printable;

/**
 * The report for people, in the style of a compiler: {@code file:line:column: severity RULE-ID
 * message}, then the offending line with a caret under the column, and a summary at the end.
 */
public final class TextReport {

    private TextReport() {
    }

    /** Writes the findings of each file as it comes, and the summary line at the end. */
    static final class Writer implements ReportWriter {
        private final java.io.Writer out;
        private final String language;
        private final Texts texts;

        Writer(java.io.Writer out, String language) {
            this.out = out;
            this.language = language;
            this.texts = Texts.of(TextReport.class, language);
        }

        @Override
        public void file(FileReport file) throws IOException {
            // Finding by finding: one file can have fifty thousand, each with its line shown.
            for (Finding finding : file.findings()) {
                StringBuilder text = new StringBuilder();
                text.append(headline(file, finding, language)).append('\n');
                // Once per source, with every article of it the finding rests on.
                Map<String, List<LegalBasis>> bySource = new LinkedHashMap<>();
                for (LegalBasis basis : finding.legalBasis()) {
                    bySource.computeIfAbsent(basis.instrument(), k -> new ArrayList<>()).add(basis);
                }
                for (List<LegalBasis> source : bySource.values()) {
                    text.append("    ").append(texts.get("legalBasis", "source", source.get(0).name(),
                            "articles", String.join(", ", source.stream().map(LegalBasis::article).distinct().toList()),
                            "url", source.get(0).url())).append('\n');
                }
                excerpt(text, file, finding);
                out.write(text.toString());
            }
        }

        @Override
        public void end(Tally tally) throws IOException {
            out.write(summary(tally, language) + "\n");
            out.flush();
        }
    }

    /**
     * One finding on one line, as compilers write it: {@code path:line:column: severity RULE-ID
     * message}. The Maven plugin logs findings in the same form.
     */
    public static String headline(FileReport file, Finding finding, String language) {
        return Printable.of(file.path()) + ':' + finding.line() + ':' + finding.column() + ": " + finding.severity().label() + ' '
                + finding.ruleId() + (finding.waived() ? " (" + Texts.of(TextReport.class, language).get("waived") + ")" : "")
                + ' ' + finding.message();
    }

    /** The offending line with a caret under the column. */
    private static void excerpt(StringBuilder out, FileReport file, Finding finding) {
        if (finding.line() < 1 || finding.line() > file.lines().size()) {
            return;
        }
        String line = file.lines().get(finding.line() - 1);
        String number = String.valueOf(finding.line());
        out.append(String.format(Locale.ROOT, "%6s | %s%n", number, line));
        StringBuilder gutter = new StringBuilder();
        // Tabs are kept so that the caret lines up under the same column however tabs are shown.
        for (int i = 0; i < finding.column() - 1 && i < line.length(); i++) {
            gutter.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        out.append(String.format(Locale.ROOT, "%6s | %s^%n", "", gutter));
    }

    /** The one-line summary: files checked, valid, and findings by severity. */
    public static String summary(ValidationReport report, String language) {
        return summary(report.tally(), language);
    }

    /** The one-line summary of what has been counted. */
    public static String summary(Tally tally, String language) {
        Texts texts = Texts.of(TextReport.class, language);
        long waived = tally.waived();
        return texts.get("summary", "files", texts.count("files", tally.files()),
                "valid", texts.count("valid", tally.valid()), "invalid", tally.files() - tally.valid(),
                "errors", texts.count("errors", tally.count(Severity.ERROR)),
                "warnings", texts.count("warnings", tally.count(Severity.WARNING)),
                "infos", texts.count("infos", tally.count(Severity.INFO)),
                "waived", waived == 0 ? "" : texts.get("summary.waived", "count", waived));
    }
}
