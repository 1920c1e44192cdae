package no.praksis.validator.load;

/**
 * Text from an agreement made safe to print: reports show lines and values of files that someone
 * else wrote, on a terminal or in a CI log. A control character (other than a tab) would let the
 * file move the cursor, recolour or rewrite what the reader sees; a bidirectional override would
 * make the text read otherwise than it is; a lone surrogate would break an XML report. Each is shown
 * as U+FFFD, one character for one (none of them is a surrogate pair), so that columns still line up.
 */
public final class Printable {

    private Printable() {
    }

    /** {@code text} with every harmful character replaced by U+FFFD. */
    public static String of(String text) {
        if (harmless(text)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (harmful(c)) {
                safe.append('\uFFFD');
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }

    /** {@code text} cut to at most {@code max} characters, an ellipsis marking the cut, and made safe. */
    public static String cut(String text, int max) {
        return of(text.length() <= max ? text : text.substring(0, max) + "…");
    }

    static boolean harmless(String text) {
        // A loop, not codePoints().noneMatch: every line of every file is looked at, and the stream
        // was a tenth of a warm check.
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (harmful(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * What may not stand in a contract ({@link ContractText}) may not be printed either, and neither
     * may a line break inside one line of a report, nor the line and paragraph separators U+2028 and
     * U+2029, which many viewers take for one, nor the bidirectional marks (U+200E, U+200F, U+061C),
     * which can turn a file name or a line around it.
     */
    private static boolean harmful(int c) {
        return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F || c == 0x061C
                || ContractText.forbidden(c);
    }
}
