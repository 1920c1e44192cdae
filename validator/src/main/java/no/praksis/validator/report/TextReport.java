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

        Writer(java.io.Writer out, String language) {
            this.out = out;
            this.language = language;
        }

        @Override
        public void file(FileReport file) throws IOException {
            boolean nb = !"en".equals(language);
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
                    text.append("    ").append(nb ? "Rettslig grunnlag: " : "Legal basis: ")
                            .append(source.get(0).instrument()).append(' ')
                            .append(String.join(", ", source.stream().map(LegalBasis::article).distinct().toList()))
                            .append(" (").append(source.get(0).url()).append(")\n");
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
        boolean nb = !"en".equals(language);
        return Printable.of(file.path()) + ':' + finding.line() + ':' + finding.column() + ": " + finding.severity().label() + ' '
                + finding.ruleId() + (finding.waived() ? (nb ? " (unntak gitt)" : " (waived)") : "") + ' '
                + finding.message();
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
        boolean nb = !"en".equals(language);
        long files = tally.files();
        long valid = tally.valid();
        long errors = tally.count(Severity.ERROR);
        long warnings = tally.count(Severity.WARNING);
        long infos = tally.count(Severity.INFO);
        long waived = tally.waived();
        if (nb) {
            return String.format(Locale.ROOT, "%d %s kontrollert: %d gyldig%s, %d med feil. %d %s, %d %s, %d %s%s.",
                    files, files == 1 ? "fil" : "filer", valid, valid == 1 ? "" : "e", files - valid,
                    errors, "feil", warnings, warnings == 1 ? "advarsel" : "advarsler",
                    infos, infos == 1 ? "merknad" : "merknader",
                    waived == 0 ? "" : String.format(Locale.ROOT, ", %d med unntak", waived));
        }
        return String.format(Locale.ROOT, "%d %s checked: %d valid, %d with errors. %d %s, %d %s, %d %s%s.",
                files, files == 1 ? "file" : "files", valid, files - valid,
                errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings",
                infos, infos == 1 ? "info" : "infos", waived == 0 ? "" : String.format(Locale.ROOT, ", %d waived", waived));
    }
}
