package no.praksis.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal source that changes over time: its versions, oldest first, each with the period it was
 * in force (for example rammeplan FOR-2017-09-06-1353 until 2025-07-31, then FOR-2025-07-04-1478).
 */
public record Instrument(String key, List<Version> versions) {

    public Instrument {
        versions = List.copyOf(versions);
    }

    /**
     * @param inForceFrom first day in force, or null where the project does not record it
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
     * The version in force on {@code date}; before the first version the first applies, after the
     * last the last.
     */
    public Version versionOn(LocalDate date) {
        for (Version version : versions) {
            if (version.inForceOn(date)) {
                return version;
            }
        }
        Version first = versions.get(0);
        return first.inForceFrom() != null && date.isBefore(first.inForceFrom()) ? first : versions.get(versions.size() - 1);
    }
}
