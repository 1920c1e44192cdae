package no.praksis.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A legal source that changes over time: its versions, oldest first, each with the period it was
 * in force (for example rammeplan FOR-2017-09-06-1353 until 2025-07-31, then FOR-2025-07-04-1478).
 *
 * @param scope which programmes the source governs and whether it is law: {@link #ALL},
 *              {@link #RAMMEPLAN} for the programmes felles rammeplan § 1 lists (the {@code rammeplan}
 *              flag of the code list), or {@link #REPORT} for a report's recommendations
 */
public record Instrument(String key, List<Version> versions, String scope) {

    /** A source for every agreement. */
    public static final String ALL = "all";

    /** A source only for the programmes of felles rammeplan § 1. */
    public static final String RAMMEPLAN = "rammeplan";

    /** A report's recommendations: for every agreement, and not law. */
    public static final String REPORT = "report";

    public Instrument {
        versions = List.copyOf(versions);
        scope = scope == null ? ALL : scope;
        if (!List.of(ALL, RAMMEPLAN, REPORT).contains(scope)) {
            throw new IllegalArgumentException("instrument " + key + " has an unknown scope: " + scope);
        }
    }

    /**
     * @param inForceFrom first day in force, or null where it has always been (for this project)
     * @param inForceTo   last day in force, or null while in force
     * @param url         Lovdata address of the instrument; an article's anchor is appended
     */
    public record Version(String id, String title, String url, LocalDate inForceFrom, LocalDate inForceTo) {

        boolean inForceOn(LocalDate date) {
            return (inForceFrom == null || !date.isBefore(inForceFrom))
                    && (inForceTo == null || !date.isAfter(inForceTo));
        }
    }

    /**
     * The version in force on {@code date}; empty before the first came into force and after the
     * last was repealed: a source that was not law on a day is not cited for it.
     */
    public Optional<Version> versionOn(LocalDate date) {
        return versions.stream().filter(version -> version.inForceOn(date)).findFirst();
    }

    /** True when the source governs an agreement for the programme {@code code}. */
    public boolean governs(String code) {
        return !RAMMEPLAN.equals(scope) || Programmes.inRammeplan(code);
    }
}
