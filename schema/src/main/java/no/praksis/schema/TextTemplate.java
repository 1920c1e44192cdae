package no.praksis.schema;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts with {@code {name}} places, as the rule messages and the tool's own message bundles write
 * them: one way of filling them for both, so that a translator learns one notation.
 */
public final class TextTemplate {

    private static final Pattern PLACE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private TextTemplate() {
    }

    /**
     * The template with each {@code {name}} replaced by its value, in one pass: a value that itself
     * holds {@code {name}} (text from the agreement) is not filled in again. A place without a value
     * stays as it is.
     */
    public static String fill(String template, Map<String, String> args) {
        return PLACE.matcher(template).replaceAll(
                m -> Matcher.quoteReplacement(args.getOrDefault(m.group(1), m.group())));
    }

    /** The names of the places in {@code template}, sorted. */
    public static Set<String> places(String template) {
        Set<String> names = new TreeSet<>();
        PLACE.matcher(template).results().forEach(m -> names.add(m.group(1)));
        return names;
    }
}
