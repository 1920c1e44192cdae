package no.praksis.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the tool, as built. */
public final class Versions {

    private static final String TOOL = load();

    private Versions() {
    }

    public static String tool() {
        return TOOL;
    }

    /** The rule base is built and released with the tool, so it carries the tool's version. */
    public static String ruleBase() {
        return TOOL;
    }

    private static String load() {
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
