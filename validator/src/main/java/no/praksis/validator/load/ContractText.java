package no.praksis.validator.load;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The characters a text of an agreement may hold. YAML lets a double-quoted value hold any character
 * through an escape ({@code "\e"}, {@code "\u202E"}, {@code "\uD800"}), but a contract cannot:
 * <ul>
 *   <li>control characters other than tab, line feed and carriage return, lone surrogates, and
 *       U+FFFE and U+FFFF are not characters of XML 1.0, and so cannot reach the PDF;</li>
 *   <li>DEL and the C1 controls (U+007F to U+009F) are invisible;</li>
 *   <li>the bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069)
 *       make text display in another order than it is written, so that a party could sign something
 *       other than what they read.</li>
 * </ul>
 */
public final class ContractText {

    private ContractText() {
    }

    /** The first forbidden character (code point) of {@code text}, if any. */
    public static OptionalInt firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (forbidden(c)) {
                return OptionalInt.of(c);
            }
            i += Character.charCount(c);
        }
        return OptionalInt.empty();
    }

    /**
     * {@code text} with every character that XML 1.0 does not allow replaced by U+FFFD, so that a
     * draft of an agreement that holds one can still be rendered.
     */
    public static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int length = Character.charCount(c);
            if (!xmlCharacter(c)) {
                if (safe == null) {
                    safe = new StringBuilder(text.length()).append(text, 0, i);
                }
                safe.append('\uFFFD');
            } else if (safe != null) {
                safe.appendCodePoint(c);
            }
            i += length;
        }
        return safe == null ? text : safe.toString();
    }

    /** How a message names the character: {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}. */
    public static String describe(int character) {
        String name = Character.getName(character);
        return String.format(Locale.ROOT, "U+%04X", character) + (name == null ? "" : " (" + name + ")");
    }

    static boolean forbidden(int c) {
        return !xmlCharacter(c) || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** A character of XML 1.0: tab, line feed, carriage return, and the rest but surrogates, U+FFFE and U+FFFF. */
    private static boolean xmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
