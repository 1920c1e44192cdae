package no.praksis.rules;

import java.util.Locale;

/** How serious a finding is. Statutory requirements and broken documents are errors. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in reports and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** True when this severity is at or above {@code threshold} (error is the highest). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
