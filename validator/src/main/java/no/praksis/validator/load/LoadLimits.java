package no.praksis.validator.load;

/**
 * Bounds on what the loader accepts, so that no input can exhaust memory or the stack. Each limit
 * that a file exceeds is a {@code parse} finding naming the file (and the line, where there is one),
 * never an exception. docs/security.md lists them with what each defends against.
 *
 * @param maxBytes        largest file accepted, in bytes (judged before the file is read)
 * @param maxDepth        deepest nesting of mappings and sequences
 * @param maxAliases      most aliases to collections ({@code *name}) in one document
 * @param maxNodes        most nodes (mappings, sequences, scalars, aliases) in the text, and most
 *                        nodes after aliases are expanded
 * @param maxScalarLength longest single value or key, in characters (UTF-16 code units)
 * @param maxLines        most lines in the file (each line is kept as a string for the report)
 * @param maxExpandedLength most characters (UTF-16 code units) of all values and keys together once
 *                        aliases are expanded: each alias counts the text it stands for again
 * @param maxPathLength   longest path to a value (its JSON Pointer: the keys and list positions
 *                        above it, each after a {@code /}), in characters
 */
public record LoadLimits(long maxBytes, int maxDepth, int maxAliases, int maxNodes, int maxScalarLength,
                         int maxLines, long maxExpandedLength, int maxPathLength) {

    /** The default file size limit: 4 MiB. A real agreement is a few kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

    /**
     * The largest file size limit that can be set. While a file is loaded it is held in memory
     * several times over (bytes, text, the parser's code points, lines for the report): some ten
     * times its size, so 16 MiB needs some 200 MB of heap.
     */
    public static final long MAX_MAX_BYTES = 16L * 1024 * 1024;

    /** The default limit on one value: 100 000 characters, some thirty pages of text. */
    public static final int DEFAULT_MAX_SCALAR_LENGTH = 100_000;

    /** The default limit on lines: 100 000, some three hundred times the example agreement. */
    public static final int DEFAULT_MAX_LINES = 100_000;

    /**
     * The default limit on expanded text is this many times the file size limit. A value takes at
     * least one byte of the file for each of its characters, so a file within the size limit holds
     * at most that many characters written out; aliases may repeat text up to as much again. Every
     * check after loading is linear in the expanded text, so this bounds what aliases can cost: 49 000
     * aliases to one 99 000-character value (five billion characters) took a minute before.
     */
    public static final int EXPANSION_FACTOR = 2;

    /**
     * The default limit on the path to a value: 1 000 characters. The longest path the format itself
     * describes has some 60. Every value's path is kept, for placing findings, and a finding names
     * it: without a limit, 40 000 values under one key of 99 000 characters (a file of 220 kB) took
     * 4 GB of memory and 20 s.
     */
    public static final int DEFAULT_MAX_PATH_LENGTH = 1000;

    /**
     * The longest plain value that is read as a number, in characters: 1 000, as Jackson's JSON
     * parser allows by default. Reading a number of n digits takes time of the order of n squared
     * (one of 100 000 digits 0.4 s, so a file of forty such took 16 s), and no field of an
     * agreement needs more than a few digits.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /**
     * Generous for any real agreement (the example has 7 kB, 338 nodes and nests 6 deep), small
     * enough that every worst case tried within them loads in a heap of 80 MB (docs/security.md).
     */
    public static final LoadLimits DEFAULT = new LoadLimits(DEFAULT_MAX_BYTES, 64, 100, 50_000,
            DEFAULT_MAX_SCALAR_LENGTH, DEFAULT_MAX_LINES);

    public LoadLimits {
        if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_MAX_BYTES + ": " + maxBytes);
        }
        if (maxDepth < 1 || maxAliases < 0 || maxNodes < 1 || maxScalarLength < 1 || maxLines < 1
                || maxExpandedLength < 1 || maxPathLength < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxDepth + ", " + maxAliases + ", "
                    + maxNodes + ", " + maxScalarLength + ", " + maxLines + ", " + maxExpandedLength + ", "
                    + maxPathLength);
        }
    }

    /** Limits with the default limit on expanded text for {@code maxBytes} and the default path length. */
    public LoadLimits(long maxBytes, int maxDepth, int maxAliases, int maxNodes, int maxScalarLength, int maxLines) {
        this(maxBytes, maxDepth, maxAliases, maxNodes, maxScalarLength, maxLines, EXPANSION_FACTOR * maxBytes,
                DEFAULT_MAX_PATH_LENGTH);
    }

    /** Limits with the default scalar length and number of lines. */
    public LoadLimits(long maxBytes, int maxDepth, int maxAliases, int maxNodes) {
        this(maxBytes, maxDepth, maxAliases, maxNodes, DEFAULT_MAX_SCALAR_LENGTH, DEFAULT_MAX_LINES);
    }

    /**
     * These limits with another file size limit, and the limit on expanded text that goes with it
     * ({@link #EXPANSION_FACTOR} times the file size).
     */
    public LoadLimits withMaxBytes(long bytes) {
        return new LoadLimits(bytes, maxDepth, maxAliases, maxNodes, maxScalarLength, maxLines,
                EXPANSION_FACTOR * bytes, maxPathLength);
    }

    /** These limits with another limit on the length of one value. */
    public LoadLimits withMaxScalarLength(int length) {
        return new LoadLimits(maxBytes, maxDepth, maxAliases, maxNodes, length, maxLines, maxExpandedLength,
                maxPathLength);
    }

    /** These limits with another limit on the text of all values once aliases are expanded. */
    public LoadLimits withMaxExpandedLength(long length) {
        return new LoadLimits(maxBytes, maxDepth, maxAliases, maxNodes, maxScalarLength, maxLines, length,
                maxPathLength);
    }

    /** These limits with another limit on the path to a value. */
    public LoadLimits withMaxPathLength(int length) {
        return new LoadLimits(maxBytes, maxDepth, maxAliases, maxNodes, maxScalarLength, maxLines, maxExpandedLength,
                length);
    }
}
