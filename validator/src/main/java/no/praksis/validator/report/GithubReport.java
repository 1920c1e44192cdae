package no.praksis.validator.report;

import java.io.IOException;

import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.Tally;
import no.praksis.validator.Texts;
import no.praksis.validator.load.Printable;

/**
 * GitHub Actions workflow commands: one {@code ::error file=…,line=…,col=…,title=RULE-ID::message}
 * line per finding, which GitHub shows as an annotation on the file and line. Warnings become
 * {@code ::warning}, infos {@code ::notice}; a waived finding is a {@code ::notice} whose title says
 * it is waived, so that it is listed, as in every report, without asking for action. The last line is
 * a {@code ::notice title=praksis::} with the text report's summary, in the run's language, which
 * GitHub shows among the run's annotations.
 */
public final class GithubReport {

    private GithubReport() {
    }

    /** Writes each file's annotations as it comes. */
    static final class Writer implements ReportWriter {
        private final java.io.Writer out;
        private final String language;
        private final String waivedMark;

        Writer(java.io.Writer out, String language) {
            this.out = out;
            this.language = language;
            this.waivedMark = " (" + Texts.of(GithubReport.class, language).get("waived") + ")";
        }

        @Override
        public void file(FileReport file) throws IOException {
            StringBuilder text = new StringBuilder();
            for (Finding finding : file.findings()) {
                String command = finding.waived() ? "notice" : switch (finding.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "notice";
                };
                text.append("::").append(command).append(" file=").append(property(file.path()))
                        .append(",line=").append(finding.line()).append(",col=").append(finding.column())
                        .append(",title=").append(property(finding.ruleId() + (finding.waived() ? waivedMark : "")))
                        .append("::").append(data(finding.message())).append('\n');
            }
            out.write(text.toString());
        }

        @Override
        public void end(Tally tally) throws IOException {
            out.write("::notice title=praksis::" + data(TextReport.summary(tally, language)) + "\n");
            out.flush();
        }
    }

    /**
     * Escapes a command's message as the runner requires; other control characters, which the log
     * would show as they are, are made printable.
     */
    static String data(String text) {
        return Printable.of(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** Escapes a command's property value, where colons and commas separate properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
