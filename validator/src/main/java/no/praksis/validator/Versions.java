package no.praksis.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /** Where the documentation lives (rule pages under {@code /rules/}); set at build time. */
    public static String documentation() {
        return PROPERTIES.getProperty("documentation");
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
