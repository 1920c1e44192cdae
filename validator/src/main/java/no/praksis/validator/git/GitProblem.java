package no.praksis.validator.git;

import java.util.Map;

import no.praksis.validator.Texts;

/**
 * Why a file could not be read from git, as a message key and its values rather than English text:
 * the user reads it in the run's language ({@link #message}). Checked, so that the command line
 * must turn it into a message instead of a stack trace.
 */
public final class GitProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Map<String, String> args;

    GitProblem(String key, Map<String, String> args, Throwable cause) {
        super(key, cause, false, false);
        this.key = key;
        this.args = Map.copyOf(args);
    }

    GitProblem(String key, Map<String, String> args) {
        this(key, args, null);
    }

    /** The key of the message in this package's bundles. */
    public String key() {
        return key;
    }

    /** The values of the message's places. */
    public Map<String, String> args() {
        return args;
    }

    /** The message in {@code language} ({@code nb}, {@code nn} or {@code en}). */
    public String message(String language) {
        return Texts.of(GitProblem.class, language).get(key, args);
    }
}
