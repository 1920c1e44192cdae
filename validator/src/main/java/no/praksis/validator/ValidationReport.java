package no.praksis.validator;

import java.util.List;

import no.praksis.rules.Severity;

/** What one validation run found, file by file. */
public record ValidationReport(String toolVersion, String ruleBaseVersion, List<FileReport> files) {

    public ValidationReport {
        files = List.copyOf(files);
    }

    public long validFiles() {
        return files.stream().filter(FileReport::valid).count();
    }

    public long count(Severity severity) {
        return files.stream().mapToLong(f -> f.count(severity)).sum();
    }

    public long waived() {
        return files.stream().flatMap(f -> f.findings().stream()).filter(Finding::waived).count();
    }

    /** True when some file could not be read or parsed at all. */
    public boolean hasUnreadable() {
        return files.stream().anyMatch(f -> !f.parsed());
    }

    /** True when some file has a finding at or above {@code threshold}. */
    public boolean failsAt(Severity threshold) {
        return files.stream().anyMatch(f -> f.failsAt(threshold));
    }
}
