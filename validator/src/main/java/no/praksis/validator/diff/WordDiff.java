package no.praksis.validator.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that changed between two wordings of a text: a lawyer reads «forhandlinger» struck and
 * «mekling» put in, not two whole paragraphs to compare by eye.
 */
public final class WordDiff {

    /** Beyond this many words on either side, the whole text is shown as replaced: the comparison grows with the product. */
    static final int MAX_WORDS = 2000;

    public enum Op { SAME, REMOVED, ADDED }

    /** A run of words, each followed by the space that followed it. */
    public record Part(Op op, String text) {
    }

    private WordDiff() {
    }

    /** The parts of {@code before} and {@code after}, in reading order: what stayed, what went, what came. */
    public static List<Part> of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        List<Part> parts = new ArrayList<>();
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            add(parts, Op.REMOVED, before);
            add(parts, Op.ADDED, after);
            return parts;
        }
        // Longest common subsequence of the words, from the end, so that the walk below goes forwards.
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).strip().equals(b.get(j).strip()) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).strip().equals(b.get(j).strip())) {
                add(parts, Op.SAME, b.get(j));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                // What went is read before what came in its place.
                add(parts, Op.REMOVED, a.get(i));
                i++;
            } else {
                add(parts, Op.ADDED, b.get(j));
                j++;
            }
        }
        return parts;
    }

    /** The words of {@code text}, each with the white space after it. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            words.add(text.substring(start, i));
            start = i;
        }
        return words;
    }

    /** Appends {@code text} to the last part when it is of the same kind: runs, not single words. */
    private static void add(List<Part> parts, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1).op() == op) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(op, last.text() + text));
        } else {
            parts.add(new Part(op, text));
        }
    }
}
