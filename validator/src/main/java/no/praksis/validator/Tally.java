package no.praksis.validator;

import no.praksis.rules.Severity;

/**
 * What a run has found so far, counted file by file: all a report's summary and the exit code need,
 * so that a run over many files need not keep their reports.
 */
public final class Tally {

    private long files;
    private long valid;
    private long errors;
    private long warnings;
    private long infos;
    private long waived;
    private boolean unreadable;
    /** The highest severity of a finding that is not waived, or null when there is none. */
    private Severity highest;

    /** Counts {@code file} in. */
    public void add(FileReport file) {
        files++;
        if (file.valid()) {
            valid++;
        }
        if (!file.parsed()) {
            unreadable = true;
        }
        for (Finding finding : file.findings()) {
            if (finding.waived()) {
                waived++;
                continue;
            }
            switch (finding.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
            if (highest == null || finding.severity().atLeast(highest)) {
                highest = finding.severity();
            }
        }
    }

    public long files() {
        return files;
    }

    public long valid() {
        return valid;
    }

    /** Findings of {@code severity} that are not waived. */
    public long count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }

    public long waived() {
        return waived;
    }

    /** True when some file could not be read or parsed at all. */
    public boolean unreadable() {
        return unreadable;
    }

    /** True when some file could not be read, or has a finding at or above {@code threshold} that is not waived. */
    public boolean failsAt(Severity threshold) {
        return unreadable || highest != null && highest.atLeast(threshold);
    }
}
