package no.praksis.schema;

import java.util.LinkedHashMap;
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

    /**
     * The name under which {@code args} hold the value of place {@code name} in {@code language}
     * ({@code name@nn}), beside the bokmål value under {@code name} itself: a value that comes from
     * code or the code lists (a level's name, a programme's, a schema field's title) and is said
     * differently in each language. No place can have the name, so it is never shown by accident.
     */
    public static String inLanguage(String name, String language) {
        return name + "@" + language;
    }

    /** {@code args} with the values in {@code language} ({@link #inLanguage}) in place of the bokmål ones. */
    public static Map<String, String> in(String language, Map<String, String> args) {
        Map<String, String> chosen = new LinkedHashMap<>();
        args.forEach((name, value) -> {
            if (name.indexOf('@') < 0) {
                chosen.put(name, args.getOrDefault(inLanguage(name, language), value));
            }
        });
        return chosen;
    }

    /** The name of the place an argument fills: {@code name} for {@code name} and for {@code name@nn}. */
    public static String place(String argumentName) {
        int at = argumentName.indexOf('@');
        return at < 0 ? argumentName : argumentName.substring(0, at);
    }

    /** The names of the places in {@code template}, sorted. */
    public static Set<String> places(String template) {
        Set<String> names = new TreeSet<>();
        PLACE.matcher(template).results().forEach(m -> names.add(m.group(1)));
        return names;
    }
}
