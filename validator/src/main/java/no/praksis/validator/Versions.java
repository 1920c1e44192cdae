package no.praksis.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Properties;

/** The version of the tool, as built. */
public final class Versions {

    private static final Properties PROPERTIES = load();
    private static final String TOOL = PROPERTIES.getProperty("version");

    private Versions() {
    }

    public static String tool() {
        return TOOL;
    }

    /** The rule base is built and released with the tool, so it carries the tool's version. */
    public static String ruleBase() {
        return TOOL;
    }

    /**
     * The environment variable that sets, at run time, where the documentation lives: for an
     * organisation that publishes praksis's rule pages on its own site.
     */
    public static final String DOCUMENTATION_VARIABLE = "PRAKSIS_DOCS_URL";

    /**
     * Where the documentation lives (rule pages under {@code /rules/}, which SARIF links): the
     * address in {@value #DOCUMENTATION_VARIABLE} when it is set, else the one set at build time
     * ({@code praksis.documentation.url}).
     *
     * @throws IllegalArgumentException when the variable is set to something other than an absolute
     *                                  http or https address
     */
    public static String documentation() {
        return documentation(System.getenv(DOCUMENTATION_VARIABLE));
    }

    /** {@link #documentation()} with {@code set} as the variable's value (null: not set). */
    static String documentation(String set) {
        if (set == null || set.isBlank()) {
            return PROPERTIES.getProperty("documentation");
        }
        String base = set.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            URI uri = new URI(base);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return base;
            }
        } catch (URISyntaxException e) {
            // Said below.
        }
        throw new IllegalArgumentException(DOCUMENTATION_VARIABLE + " is not an absolute http or https address "
                + "without query or fragment: " + set);
    }

    private static Properties load() {
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
