package no.praksis.maven;

import java.io.File;
import java.io.IOException;
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
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import no.praksis.rules.Severity;
import no.praksis.validator.AgreementFiles;
import no.praksis.validator.AtomicFiles;
import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.ValidationReport;
import no.praksis.validator.Validator;
import no.praksis.validator.report.JsonReport;
import no.praksis.validator.report.JunitReport;
import no.praksis.validator.report.SarifReport;
import no.praksis.validator.report.TextReport;

/**
 * Validates the practice agreements of the project against format praksisavtale/v1, the regulations
 * and the recommendations of the municipal practice model. Each finding is logged as
 * {@code path:line:column: severity RULE-ID message}; the build fails when a finding is at or above
 * {@code failOn}, or a file cannot be read. JSON and SARIF reports (and JUnit XML on request) are
 * written to {@code reportsDirectory}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    /** The directory the agreements are in. */
    @Parameter(property = "praksis.directory", defaultValue = "${project.basedir}/agreements")
    private File directory;

    /**
     * Which files under {@code directory} to validate, as glob patterns relative to it. Default:
     * {@code **}{@code /*.yaml} and {@code **}{@code /*.yml}. Hidden files and directories are never
     * included.
     */
    @Parameter
    private List<String> includes = new ArrayList<>(List.of("**/*.yaml", "**/*.yml"));

    /** Files under {@code directory} to leave out, as glob patterns relative to it. */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /** The lowest severity that fails the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "praksis.failOn", defaultValue = "error")
    private String failOn;

    /** Skips validation. */
    @Parameter(property = "praksis.skip", defaultValue = "false")
    private boolean skip;

    /** The language of the messages: {@code nb} (bokmål) or {@code en}. */
    @Parameter(property = "praksis.lang", defaultValue = "nb")
    private String language;

    /**
     * The judgement date (YYYY-MM-DD): agreements are judged by the law in force on it. By default
     * the later of today and each agreement's {@code term.effectiveFrom}.
     */
    @Parameter(property = "praksis.asOf")
    private String asOf;

    /** Where the reports are written: {@code praksis.json}, {@code praksis.sarif}, {@code praksis-junit.xml}. */
    @Parameter(property = "praksis.reportsDirectory", defaultValue = "${project.build.directory}/praksis-reports")
    private File reportsDirectory;

    /** Also writes a JUnit XML report, for CI servers that show test results. */
    @Parameter(property = "praksis.junit", defaultValue = "false")
    private boolean junit;

    /** The project's base directory, against which findings name their files. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("praksis: validering hoppes over (praksis.skip).");
            return;
        }
        Severity threshold = threshold();
        Validator validator = Validator.builder().language(language()).asOf(judgementDate()).build();
        List<Path> files = agreements();
        List<FileReport> reports = new ArrayList<>();
        Path base = basedir.toPath().toAbsolutePath();
        for (Path file : files) {
            reports.add(validator.validate(file, base.relativize(file.toAbsolutePath()).toString()));
        }
        ValidationReport report = validator.report(reports);
        log(report);
        writeReports(report, threshold);
        if (report.hasUnreadable() || report.failsAt(threshold)) {
            throw new MojoFailureException("praksis: avtalene har funn på eller over «" + threshold.label()
                    + "», eller en fil kunne ikke leses. Se funnene over og rapportene i " + reportsDirectory + ".");
        }
    }

    private List<Path> agreements() throws MojoFailureException {
        Path root = directory.toPath();
        if (!directory.isDirectory()) {
            throw new MojoFailureException("praksis: fant ikke avtalemappen " + directory
                    + ". Legg avtalene der, eller sett <directory> i plugin-konfigurasjonen.");
        }
        FileSystem fs = FileSystems.getDefault();
        List<PathMatcher> include = matchers(fs, includes);
        List<PathMatcher> exclude = matchers(fs, excludes);
        List<Path> files = new ArrayList<>();
        for (Path file : AgreementFiles.under(root)) {
            Path relative = root.relativize(file);
            if (include.stream().anyMatch(m -> m.matches(relative)) && exclude.stream().noneMatch(m -> m.matches(relative))) {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            throw new MojoFailureException("praksis: fant ingen avtalefiler i " + directory + " som passer " + includes
                    + (excludes.isEmpty() ? "" : " unntatt " + excludes) + ".");
        }
        return files;
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

    private void log(ValidationReport report) {
        for (FileReport file : report.files()) {
            for (Finding finding : file.findings()) {
                String line = TextReport.headline(file, finding, language());
                switch (finding.waived() ? Severity.INFO : finding.severity()) {
                    case ERROR -> getLog().error(line);
                    case WARNING -> getLog().warn(line);
                    case INFO -> getLog().info(line);
                }
            }
        }
        getLog().info("praksis: " + TextReport.summary(report, language()));
    }

    private void writeReports(ValidationReport report, Severity threshold) throws MojoExecutionException {
        Path target = reportsDirectory.toPath();
        try {
            AtomicFiles.write(target.resolve("praksis.json"), JsonReport.format(report));
            AtomicFiles.write(target.resolve("praksis.sarif"), SarifReport.format(report, language()));
            if (junit) {
                AtomicFiles.write(target.resolve("praksis-junit.xml"), JunitReport.format(report, threshold, language()));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("praksis: kunne ikke skrive rapportene til " + target + ": " + e.getMessage(), e);
        }
        getLog().info("praksis: rapporter skrevet til " + target);
    }

    private Severity threshold() throws MojoExecutionException {
        try {
            return Severity.fromLabel(failOn.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("praksis: failOn må være error, warning eller info, ikke «" + failOn + "».");
        }
    }

    private String language() {
        return language == null ? "nb" : language.strip().toLowerCase(Locale.ROOT);
    }

    private LocalDate judgementDate() throws MojoExecutionException {
        if (!List.of("nb", "en").contains(language())) {
            throw new MojoExecutionException("praksis: language må være nb eller en, ikke «" + language + "».");
        }
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("praksis: asOf må være en dato på formen ÅÅÅÅ-MM-DD, ikke «" + asOf + "».");
        }
    }
}
