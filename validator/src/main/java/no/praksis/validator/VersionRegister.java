package no.praksis.validator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The agreement versions one run has met, file by file: a second file with the {@code id} and
 * {@code version} of one already checked is an error (rule PORTFOLIO-DUPLICATE-VERSION), given in
 * the second file and naming the first, so that a run that reports each file as it goes (and keeps
 * nothing of it) still sees the copy. The same file reached again, through a symbolic link such as
 * {@code gjeldende.yaml}, is not a copy.
 *
 * <p>Safe to share between threads; which of two copies counts as the first is then the order in
 * which they were checked.
 */
public final class VersionRegister {

    static final String RULE = "PORTFOLIO-DUPLICATE-VERSION";

    /** Where a version was first met: the file as named, what it is on disk, and the line of its version. */
    private record First(String name, Object file, Position at) {
    }

    private final Map<String, First> first = new HashMap<>();

    /**
     * Notes the version {@code version} of {@code id} in the file {@code name} ({@code file} is its
     * identity on disk: its real path, or its name when it has none), whose version is {@code at};
     * gives the finding when another file had it first.
     */
    synchronized Optional<Detection> note(String id, int version, String name, Object file, Position at) {
        String key = id + '\u0000' + version;
        First earlier = first.putIfAbsent(key, new First(name, file, at));
        if (earlier == null || earlier.file().equals(file)) {
            return Optional.empty();
        }
        return Optional.of(new Detection(RULE, "also", "/version", null, Map.of("agreementId", id,
                "version", Integer.toString(version), "otherFile", earlier.name(),
                "otherLine", Integer.toString(earlier.at().line()))));
    }
}
