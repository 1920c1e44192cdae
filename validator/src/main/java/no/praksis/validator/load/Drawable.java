package no.praksis.validator.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether the contract can show a character as it is written (YAML-UNDRAWABLE-CHARACTER). The
 * contract embeds DejaVu Serif and DejaVu Sans, four faces each, and can draw only the characters
 * that every one of those faces has; {@value #RANGES} holds them, generated from the fonts'
 * character maps by {@code DrawableCharactersTest}, so that validating never loads a font. It is read
 * once, the first time a character beyond ASCII is asked about.
 *
 * <p>Three cases are told apart, because each has its own remedy: a character of the Private Use
 * Area (Word's Symbol bullet U+F0B7 and its kin), whose meaning no standard fixes, even where a
 * font happens to have a glyph for it; a character of a script written from right to left (Unicode
 * bidirectional class R or AL: Hebrew, Arabic, …), which the contract cannot set, so that it would
 * read backwards; and any other character the fonts lack (emoji, CJK, …), which would print as
 * «#» or vanish. Tab, line feed and carriage return are drawable: they are white space, not glyphs.
 * The control characters of {@link ContractText} are its findings, not these.
 */
public final class Drawable {

    /** The resource, beside this class, that lists the code points the fonts draw. */
    public static final String RANGES = "drawable-characters.txt";

    /** Why a character cannot be drawn; the name of each is the variant of the finding. */
    public enum Problem {
        /** A character of the Private Use Area. */
        WORD_SYMBOL("word-symbol"),
        /** A character of a right-to-left script. */
        RIGHT_TO_LEFT("right-to-left"),
        /** A character none of the fonts has. */
        GLYPH("glyph");

        private final String variant;

        Problem(String variant) {
            this.variant = variant;
        }

        /** The variant of YAML-UNDRAWABLE-CHARACTER whose texts apply. */
        public String variant() {
            return variant;
        }
    }

    private Drawable() {
    }

    /** Why the contract cannot show {@code c} as written, or null when it can. */
    public static Problem problem(int c) {
        if (c >= 0x20 && c <= 0x7E || c == '\t' || c == '\n' || c == '\r') {
            return null;
        }
        if (c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000 && c <= 0x10FFFF) {
            return Problem.WORD_SYMBOL;
        }
        byte direction = Character.getDirectionality(c);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            return Problem.RIGHT_TO_LEFT;
        }
        return Ranges.holds(c) ? null : Problem.GLYPH;
    }

    /** The ranges, first and last code point of each, in ascending order; read on first use. */
    private static final class Ranges {

        private static final int[] FIRST;
        private static final int[] LAST;

        static {
            int[][] ranges = read();
            FIRST = ranges[0];
            LAST = ranges[1];
        }

        static boolean holds(int c) {
            int i = Arrays.binarySearch(FIRST, c);
            if (i >= 0) {
                return true;
            }
            int before = -i - 2;
            return before >= 0 && c <= LAST[before];
        }

        private static int[][] read() {
            int[] first = new int[512];
            int[] last = new int[512];
            int n = 0;
            try (InputStream in = Drawable.class.getResourceAsStream(RANGES)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the classpath: " + RANGES);
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int dash = line.indexOf('-');
                    int from = Integer.parseInt(dash < 0 ? line : line.substring(0, dash), 16);
                    int to = dash < 0 ? from : Integer.parseInt(line.substring(dash + 1), 16);
                    if (to < from || n > 0 && from <= last[n - 1] + 1) {
                        throw new IllegalStateException(RANGES + ": ranges out of order at " + line);
                    }
                    if (n == first.length) {
                        first = Arrays.copyOf(first, 2 * n);
                        last = Arrays.copyOf(last, 2 * n);
                    }
                    first[n] = from;
                    last[n] = to;
                    n++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new int[][] {Arrays.copyOf(first, n), Arrays.copyOf(last, n)};
        }
    }
}
