package no.praksis.validator.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a user most likely meant, for "did you mean" hints on misspellings. */
public final class Suggestions {

    /** The most edits a misspelling may have; fewer for short words (see {@link #tolerance}). */
    private static final int MAX_TOLERANCE = 3;

    private Suggestions() {
    }

    /** The candidate closest to {@code written}, if it is close enough to be a misspelling of it. */
    public static Optional<String> closest(String written, Collection<String> candidates) {
        int tolerance = tolerance(written);
        int longest = candidates.stream().mapToInt(String::length).max().orElse(0);
        // A value may be as long as a whole clause, and reach here once for every alias to it: a
        // value much longer than every candidate cannot be a misspelling of one, so it costs nothing.
        if (written.length() > longest + tolerance) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = tolerance + 1;
        String lower = written.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance - 1);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int tolerance(String written) {
        return Math.max(1, Math.min(MAX_TOLERANCE, written.length() / 4));
    }

    /**
     * The Levenshtein distance between {@code a} and {@code b} if it is at most {@code max}, otherwise
     * some number above {@code max}. Only the band of {@code max} cells either side of the diagonal
     * is computed (a path outside it has more than {@code max} edits), so the cost is the length of
     * {@code a} times {@code 2 max + 1}, not the product of the lengths.
     */
    static int distance(String a, String b, int max) {
        if (max < 0 || Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int beyond = max + 1;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j <= max ? j : beyond;
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(b.length(), i + max);
            current[0] = i <= max ? i : beyond;
            if (from > 1) {
                current[from - 1] = beyond;
            }
            int rowBest = current[0];
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                int value = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                current[j] = Math.min(value, beyond);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (to < b.length()) {
                current[to + 1] = beyond;
            }
            if (rowBest > max) {
                // Every cell of the row is beyond the limit, and so is every cell below it.
                return beyond;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
