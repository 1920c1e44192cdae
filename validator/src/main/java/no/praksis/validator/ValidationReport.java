package no.praksis.validator;

import java.util.List;

import no.praksis.rules.Severity;

/** What one validation run found, file by file. */
public record ValidationReport(String toolVersion, String ruleBaseVersion, List<FileReport> files) {

    public ValidationReport {
        files = List.copyOf(files);
    }

    /** The run's counts. */
    public Tally tally() {
        Tally tally = new Tally();
        files.forEach(tally::add);
        return tally;
    }

    public long validFiles() {
        return tally().valid();
    }

    public long count(Severity severity) {
        return tally().count(severity);
    }

    public long waived() {
        return tally().waived();
    }

    /** True when some file could not be read or parsed at all. */
    public boolean hasUnreadable() {
        return tally().unreadable();
    }

    /** True when some file has a finding at or above {@code threshold}. */
    public boolean failsAt(Severity threshold) {
        return tally().failsAt(threshold);
    }
}
