package no.praksis.validator.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.praksis.validator.Position;

/**
 * A key and its value with no space after the colon ({@code unit:"OsloMet"}, {@code name:Bærum
 * kommune}). YAML reads such a line as one plain text, not as a key: in a mapping the parser then
 * fails at a later line, or the text stands where a mapping was expected. Either way the finding is
 * made at the line with the colon, with that cause ({@code parse}, variant {@code syntax-colon-space}).
 */
public final class MissingSpace {

    /** The variant of the {@code parse} rule. */
    public static final String VARIANT = "syntax-colon-space";

    /**
     * A line that is such a text: indentation and list dashes, a key as the format's are written,
     * a colon, then a value that does not begin with a space (nor with {@code /}, as {@code https://}
     * does); a comment after a space is not part of it.
     */
    private static final Pattern LINE = Pattern.compile("^(\\s*(?:-\\s+)*)([A-Za-z][A-Za-z0-9_-]*):([^\\s/].*?)(?:\\s+#.*)?\\s*$");
    private static final Pattern TEXT = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):([^\\s/].*)", Pattern.DOTALL);

    /** A place and the finding's arguments. */
    record Found(Position at, Map<String, String> args) {
    }

    private MissingSpace() {
    }

    /**
     * The key without a space on the line before {@code line} (1-based) that is neither blank nor a
     * comment, where the parser failed at {@code line}.
     */
    static Optional<Found> before(List<String> lines, int line) {
        for (int i = Math.min(line, lines.size()) - 2; i >= 0; i--) {
            String text = lines.get(i);
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int colon = matcher.end(2);
            return Optional.of(new Found(new Position(i + 1, colon + 1), args(matcher.group(2), matcher.group(3))));
        }
        return Optional.empty();
    }

    /** The arguments when the plain text {@code value} is a key and a value without the space. */
    public static Optional<Map<String, String>> in(String value) {
        Matcher matcher = TEXT.matcher(value.strip());
        return matcher.matches() && !matcher.group(2).contains("\n")
                ? Optional.of(args(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    private static Map<String, String> args(String key, String value) {
        return Map.of("key", key, "value", value, "text", key + ":" + value);
    }
}
