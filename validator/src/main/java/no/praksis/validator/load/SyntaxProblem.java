package no.praksis.validator.load;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnakeYAML's account of a syntax error, in English and in the parser's terms ("mapping values are
 * not allowed here", "expected &lt;block end&gt;"), told as the mistake a person made: the
 * {@code parse} rule has a variant with a message in bokmål and English for each common one. What
 * is not recognised keeps SnakeYAML's words, in the variant {@code syntax}.
 *
 * @param variant the variant of the {@code parse} rule
 * @param args    the message's arguments
 */
record SyntaxProblem(String variant, Map<String, String> args) {

    private static final Pattern CHARACTER = Pattern.compile("found character '(.+?)' that cannot start any token");
    private static final Pattern ALIAS = Pattern.compile("found undefined alias (\\S+)");
    private static final Pattern ESCAPE = Pattern.compile("found unknown escape character (\\S)");

    /** The mistake behind SnakeYAML's {@code context} and {@code problem} (either may be null). */
    static SyntaxProblem of(String context, String problem) {
        String contextText = String.valueOf(context);
        String problemText = String.valueOf(problem);
        Matcher character = CHARACTER.matcher(problemText);
        if (character.find()) {
            String found = character.group(1);
            return found.startsWith("\\t")
                    ? new SyntaxProblem("syntax-tab", Map.of())
                    : new SyntaxProblem("syntax-character", Map.of("character", found));
        }
        if (contextText.contains("quoted scalar") && problemText.contains("end of stream")) {
            return new SyntaxProblem("syntax-unclosed-quote", Map.of());
        }
        if (problemText.contains("mapping values are not allowed here")) {
            return new SyntaxProblem("syntax-colon", Map.of());
        }
        if (contextText.contains("block mapping") && problemText.contains("expected <block end>")
                || contextText.contains("block collection") && problemText.contains("expected <block end>")
                || problemText.contains("could not find expected ':'")) {
            return new SyntaxProblem("syntax-indentation", Map.of());
        }
        if (problemText.contains("expected ',' or ']'")) {
            return new SyntaxProblem("syntax-flow-list", Map.of());
        }
        if (problemText.contains("expected ',' or '}'")) {
            return new SyntaxProblem("syntax-flow-mapping", Map.of());
        }
        Matcher alias = ALIAS.matcher(problemText);
        if (alias.find()) {
            return new SyntaxProblem("syntax-alias", Map.of("alias", alias.group(1)));
        }
        Matcher escape = ESCAPE.matcher(problemText);
        if (escape.find()) {
            // \L and \P are YAML 1.2 escapes (U+2028, U+2029) that SnakeYAML Engine does not know:
            // not a mistake to correct by doubling the backslash, but a character to write otherwise.
            return switch (escape.group(1)) {
                case "L" -> new SyntaxProblem("syntax-escape-line-separator", Map.of());
                case "P" -> new SyntaxProblem("syntax-escape-paragraph-separator", Map.of());
                default -> new SyntaxProblem("syntax-escape", Map.of("escape", "\\" + escape.group(1)));
            };
        }
        String words = problem == null ? contextText : context == null || context.isBlank() ? problemText
                : contextText + ": " + problemText;
        return new SyntaxProblem("syntax", Map.of("problem", sentence(words)));
    }

    /** A problem as part of the finding's sentence: on one line, without a full stop of its own. */
    static String sentence(String problem) {
        String line = problem.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        // The message template ends the sentence.
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
