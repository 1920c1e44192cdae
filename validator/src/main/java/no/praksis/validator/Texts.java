package no.praksis.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import no.praksis.schema.TextTemplate;

/**
 * The tool's own texts in one language (the rules' texts live in their rule files). Each package
 * that speaks keeps them next to its classes, as Checkstyle does: {@code messages.properties}
 * (bokmål, the default), {@code messages_nn.properties} and {@code messages_en.properties}, with
 * {@code {name}} places filled as rule messages are ({@link TextTemplate}).
 */
public final class Texts {

    /** The languages the tool speaks, the default first. */
    public static final List<String> LANGUAGES = List.of("nb", "nn", "en");

    /**
     * Bundles as UTF-8 properties, strictly (a file in another encoding fails instead of showing
     * «Ã¸»), and never the JVM's default locale as a fallback: on a machine with LANG=en_US a
     * bokmål run must still find bokmål, which is the base bundle.
     */
    private static final ResourceBundle.Control CONTROL = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader,
                                        boolean reload) throws IOException {
            InputStream in = loader.getResourceAsStream(toResourceName(toBundleName(baseName, locale), "properties"));
            if (in == null) {
                return null;
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                return new PropertyResourceBundle(reader);
            }
        }
    };

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The texts of {@code owner}'s package in {@code language}; an unknown language gets bokmål, as rule texts do. */
    public static Texts of(Class<?> owner, String language) {
        return new Texts(ResourceBundle.getBundle(owner.getPackageName() + ".messages", locale(language),
                owner.getClassLoader(), CONTROL));
    }

    /**
     * The bundle {@code name} of {@code owner}'s package in {@code language}, read as the texts are
     * (strictly UTF-8, bokmål as the base): for texts the tool writes into a file, such as the
     * skeleton of {@code praksis init}, rather than says.
     */
    public static ResourceBundle bundle(Class<?> owner, String name, String language) {
        return ResourceBundle.getBundle(owner.getPackageName() + "." + name, locale(language),
                owner.getClassLoader(), CONTROL);
    }

    /**
     * The locale of {@code language} ({@code nb}, {@code nn} or {@code en}), for bundles and for
     * dates written out; bokmål for any other.
     */
    public static Locale locale(String language) {
        return switch (language == null ? "" : language) {
            case "nn" -> Locale.forLanguageTag("nn");
            case "en" -> Locale.UK;
            default -> Locale.forLanguageTag("nb");
        };
    }

    /** Texts from a bundle already loaded (the command line's, which picocli holds too). */
    public static Texts of(ResourceBundle bundle) {
        return new Texts(bundle);
    }

    /** The language these texts are in: {@code nb}, {@code nn} or {@code en}. */
    public String language() {
        String language = bundle.getLocale().getLanguage();
        // The base bundle, which has no locale of its own, is bokmål's.
        return LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
    }

    /** The bundle itself, for a library that reads its own keys (picocli's usage help). */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of {@code key}, with its places filled from {@code namesAndValues} (name, value, name, value, …). */
    public String get(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + key);
        }
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return get(key, args);
    }

    /** The text of {@code key}, with its places filled from {@code args}: for a problem that carries its values as a map. */
    public String get(String key, Map<String, String> args) {
        return TextTemplate.fill(bundle.getString(key), args);
    }

    /**
     * A count with its noun: {@code key.one} for exactly 1, {@code key.other} for any other number,
     * with {@code {count}} filled. Bokmål, nynorsk and English all inflect by that one rule
     * (1 fil, 0 filer, 2 filer).
     */
    public String count(String key, long count) {
        return get(key + (count == 1 ? ".one" : ".other"), "count", count);
    }
}
