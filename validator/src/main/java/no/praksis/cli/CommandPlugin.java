package no.praksis.cli;

import java.util.ResourceBundle;

/**
 * A command another module adds to {@code praksis} (the web page's {@code serve}), found with
 * {@link java.util.ServiceLoader} on the class path: the command line knows no module that uses it,
 * and a module that brings a server brings its command with it.
 */
public interface CommandPlugin {

    /** The command's name, as typed after {@code praksis}. */
    String name();

    /** A new instance of the picocli command (annotated with {@code @Command}). */
    Object command();

    /** The command's texts in {@code language} ({@code nb}, {@code nn} or {@code en}). */
    ResourceBundle texts(String language);
}
