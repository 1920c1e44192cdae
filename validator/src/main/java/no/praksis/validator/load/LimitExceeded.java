package no.praksis.validator.load;

import java.util.List;
import java.util.Map;

import no.praksis.validator.Position;

/**
 * An input beyond one of the {@link LoadLimits}, wherever loading finds it: decoding the bytes,
 * parsing the events, building the tree. It is the one way a limit is signalled, so that the loader
 * makes every limit the same kind of {@code parse} finding, at the place where it was exceeded.
 */
final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String variant;
    private final transient Position position;
    private final transient Map<String, String> args;

    /**
     * @param variant  the variant of the {@code parse} finding
     * @param position where the limit was exceeded, or null for the start of the file
     * @param args     the arguments of the finding's message
     */
    LimitExceeded(String variant, Position position, Map<String, String> args) {
        // Input beyond a limit is the user's, not a defect: no stack trace is made for it.
        super(variant, null, false, false);
        this.variant = variant;
        this.position = position;
        this.args = args;
    }

    /** A limit on a count or a length, whose message names the limit and the count or length found. */
    static LimitExceeded of(String variant, Position position, long limit, long actual) {
        return new LimitExceeded(variant, position,
                Map.of("limit", String.valueOf(limit), "length", String.valueOf(actual)));
    }

    /**
     * Too many aliases: more aliases to collections than the limit, or more nodes than the limit once
     * they are expanded. The message names both limits.
     */
    static LimitExceeded aliases(Position position, LoadLimits limits) {
        return new LimitExceeded("too-many-aliases", position,
                Map.of("limit", String.valueOf(limits.maxAliases()), "nodes", String.valueOf(limits.maxNodes())));
    }

    /** The finding: a file that was not loaded, showing {@code lines} (none before they are split). */
    LoadedDocument document(List<String> lines) {
        return LoadedDocument.failed(lines, variant, position, args);
    }
}
