package no.praksis.validator.load;

/**
 * Bounds on what the loader accepts, so that no input can exhaust memory or the stack.
 *
 * @param maxBytes   largest file accepted
 * @param maxDepth   deepest nesting of mappings and sequences
 * @param maxAliases most aliases to collections ({@code *name}) in one document
 * @param maxNodes   most nodes after aliases are expanded
 */
public record LoadLimits(long maxBytes, int maxDepth, int maxAliases, int maxNodes) {

    /** Generous for any real agreement (they are a few kilobytes), small enough to be safe. */
    public static final LoadLimits DEFAULT = new LoadLimits(4L * 1024 * 1024, 64, 100, 200_000);
}
