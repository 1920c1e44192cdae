package no.praksis.validator;

import java.util.Arrays;
import java.util.List;

import no.praksis.rules.Severity;

/**
 * What validation found in one file.
 *
 * @param path        the file as the user named it ({@code <stdin>} for standard input)
 * @param agreementId the agreement's {@code id}, when the file has one
 * @param parsed      false when the file could not be read or parsed at all
 * @param lines       the file's text by line, for showing findings in context: only the lines a finding
 *                    is on are kept, the others are empty, so that a run over many large files holds
 *                    in memory no more of them than its report shows
 */
public record FileReport(String path, String agreementId, boolean parsed, List<Finding> findings,
                         List<String> lines) {

    public FileReport {
        findings = List.copyOf(findings);
        lines = shown(lines, findings);
    }

    /** Valid means no error that is not waived: the agreement meets the law and the format. */
    public boolean valid() {
        return parsed && count(Severity.ERROR) == 0;
    }

    /** Findings of {@code severity} that are not waived. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> !f.waived() && f.severity() == severity).count();
    }

    /** True when a finding that is not waived is at or above {@code threshold}. */
    public boolean failsAt(Severity threshold) {
        return !parsed || findings.stream().anyMatch(f -> !f.waived() && f.severity().atLeast(threshold));
    }

    private static List<String> shown(List<String> lines, List<Finding> findings) {
        String[] shown = new String[lines.size()];
        Arrays.fill(shown, "");
        for (Finding finding : findings) {
            if (finding.line() >= 1 && finding.line() <= lines.size()) {
                shown[finding.line() - 1] = lines.get(finding.line() - 1);
            }
        }
        return List.of(shown);
    }
}
