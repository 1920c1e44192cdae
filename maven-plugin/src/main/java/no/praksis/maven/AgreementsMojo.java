package no.praksis.maven;

import java.io.File;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import no.praksis.validator.AgreementFiles;
import no.praksis.validator.Texts;
import no.praksis.validator.Validator;
import no.praksis.validator.load.LoadLimits;

/** What the goals share: which agreements, in which language, judged on which date. */
abstract class AgreementsMojo extends AbstractMojo {

    /** The directory the agreements are in. */
    @Parameter(property = "praksis.directory", defaultValue = "${project.basedir}/agreements")
    protected File directory;

    /**
     * Which files under {@code directory} to take, as glob patterns relative to it. Default:
     * {@code **}{@code /*.yaml} and {@code **}{@code /*.yml}. Hidden files and directories are never
     * included.
     */
    @Parameter
    protected List<String> includes = new ArrayList<>(List.of("**/*.yaml", "**/*.yml"));

    /** Files under {@code directory} to leave out, as glob patterns relative to it. */
    @Parameter
    protected List<String> excludes = new ArrayList<>();

    /** Skips the goal. */
    @Parameter(property = "praksis.skip", defaultValue = "false")
    protected boolean skip;

    /** The language of the messages: {@code nb} (bokmål), {@code nn} (nynorsk) or {@code en}. */
    @Parameter(property = "praksis.lang", defaultValue = "nb")
    protected String language;

    /**
     * The judgement date (YYYY-MM-DD): agreements are judged by the law in force on it. By default
     * the later of today and each agreement's {@code term.effectiveFrom}.
     */
    @Parameter(property = "praksis.asOf")
    protected String asOf;

    /**
     * The largest agreement file read, in bytes (at most 16 MiB); a larger one is a finding, not read.
     */
    @Parameter(property = "praksis.maxFileSize", defaultValue = "" + LoadLimits.DEFAULT_MAX_BYTES)
    protected long maxFileSize = LoadLimits.DEFAULT_MAX_BYTES;

    /** The project's base directory, against which findings name their files. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    protected Validator validator() throws MojoExecutionException {
        return validator(judgementDate());
    }

    /** A validator that judges every agreement on {@code asOf} (null: each on its own default date). */
    protected Validator validator(LocalDate asOf) throws MojoExecutionException {
        if (maxFileSize < 1 || maxFileSize > LoadLimits.MAX_MAX_BYTES) {
            throw new MojoExecutionException(texts().get("maxFileSize", "max", LoadLimits.MAX_MAX_BYTES,
                    "value", maxFileSize));
        }
        return Validator.builder().language(language()).asOf(asOf)
                .limits(LoadLimits.DEFAULT.withMaxBytes(maxFileSize)).build();
    }

    /**
     * Where a symbolic link among the agreements may lead: within the project's base directory, and
     * not into a hidden folder there. A committed {@code agreements -> ../secret} is not followed out.
     */
    protected AgreementFiles.Boundary boundary() {
        return AgreementFiles.Boundary.at(basedir.toPath());
    }

    /** The path of {@code file} as findings name it: relative to the project. */
    protected String name(Path file) {
        return basedir.toPath().toAbsolutePath().relativize(file.toAbsolutePath()).toString();
    }

    protected List<Path> agreements() throws MojoFailureException {
        Path root = directory.toPath();
        if (!directory.isDirectory()) {
            throw new MojoFailureException(texts().get("noDirectory", "directory", directory));
        }
        FileSystem fs = FileSystems.getDefault();
        List<PathMatcher> include = matchers(fs, includes);
        List<PathMatcher> exclude = matchers(fs, excludes);
        List<Path> files = new ArrayList<>();
        for (Path file : AgreementFiles.under(root)) {
            Path relative = root.relativize(file);
            // What the walk could not visit (a link loop, a folder that cannot be read) is reported
            // whatever its name, unless excluded: it may hold agreements.
            boolean unvisitable = !AgreementFiles.isAgreementFile(file);
            if ((unvisitable || include.stream().anyMatch(m -> m.matches(relative)))
                    && exclude.stream().noneMatch(m -> m.matches(relative))) {
                files.add(file);
            }
        }
        if (files.stream().anyMatch(f -> f.toString().indexOf('\uFFFD') >= 0) && !fileNamesInUtf8()) {
            // Maven's JVM took its file name encoding from a locale without UTF-8 (LANG unset, LC_ALL=C):
            // the files are still found and read, but their names cannot be shown as they are. Said in
            // ASCII, since that is all such a log shows.
            getLog().warn(texts().get("noUtf8Locale", "encoding", System.getProperty("sun.jnu.encoding")));
        }
        if (files.isEmpty()) {
            throw new MojoFailureException(texts().get(excludes.isEmpty() ? "noAgreements" : "noAgreementsExcept",
                    "directory", directory, "includes", includes, "excludes", excludes));
        }
        return files;
    }

    private static boolean fileNamesInUtf8() {
        return "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));
    }

    /** Glob matchers; {@code **}{@code /x} also matches {@code x} at the top, as users expect. */
    private static List<PathMatcher> matchers(FileSystem fs, List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            matchers.add(fs.getPathMatcher("glob:" + pattern));
            if (pattern.startsWith("**/")) {
                matchers.add(fs.getPathMatcher("glob:" + pattern.substring(3)));
            }
        }
        return matchers;
    }

    protected String language() {
        return language == null ? "nb" : language.strip().toLowerCase(Locale.ROOT);
    }

    /** The plugin's texts in the configured language (bokmål while that is not one of the three). */
    protected Texts texts() {
        return Texts.of(AgreementsMojo.class, language());
    }

    protected LocalDate judgementDate() throws MojoExecutionException {
        if (!Texts.LANGUAGES.contains(language())) {
            throw new MojoExecutionException(texts().get("language", "value", language));
        }
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException(texts().get("asOf", "value", asOf));
        }
    }
}
