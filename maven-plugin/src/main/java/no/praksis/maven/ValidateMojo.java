package no.praksis.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import no.praksis.rules.Severity;
import no.praksis.validator.AgreementFiles;
import no.praksis.validator.AtomicFiles;
import no.praksis.validator.InOrder;
import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.ValidationReport;
import no.praksis.validator.Validator;
import no.praksis.validator.VersionCopies;
import no.praksis.validator.diff.Amendments;
import no.praksis.validator.git.ChangedFile;
import no.praksis.validator.git.GitProblem;
import no.praksis.validator.git.ReadOnlyGitConfiguration;
import no.praksis.validator.git.GitRevisions;
import no.praksis.validator.report.ReportFormat;
import no.praksis.validator.report.TextReport;

/**
 * Validates the practice agreements of the project against format praksisavtale/v1, the regulations
 * and the recommendations of the municipal practice model. Each finding is logged as
 * {@code path:line:column: severity RULE-ID message}; the build fails when a finding is at or above
 * {@code failOn}, or a file cannot be read. JSON and SARIF reports (and JUnit XML on request) are
 * written to {@code reportsDirectory}. With {@code baseRevision}, an agreement changed since that git
 * revision without a new version is an error too.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends ReportingMojo {

    /** Also writes a JUnit XML report, for CI servers that show test results. */
    @Parameter(property = "praksis.junit", defaultValue = "false")
    private boolean junit;

    /**
     * A git revision (a branch, a tag, a commit id, {@code HEAD~1}) to compare the agreements with: an
     * agreement validated here that changed since then must be numbered and identified as a new version
     * of the one there (a higher {@code version}, the same {@code id}; rules DIFF-VERSION-NOT-RAISED,
     * DIFF-VERSION-LOWER, DIFF-ID-CHANGED), or the build fails. Read from the git repository that holds
     * the agreements, with no git program; a CI clone must hold the revision (not shallow). By default
     * none: no comparison.
     */
    @Parameter(property = "praksis.baseRevision")
    private String baseRevision;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(texts().get("validate.skipped"));
            return;
        }
        Severity threshold = threshold();
        Validator validator = validator();
        // Checked on every core; a copy of an agreement version among the files is an error in each.
        List<Path> files = agreements();
        List<VersionCopies.Noted> checked = new ArrayList<>();
        InOrder.each(files, InOrder.threads(), file -> VersionCopies.note(validator.check(file, name(file),
                boundary()), AgreementFiles.identity(file)), checked::add);
        List<FileReport> reports = VersionCopies.reports(checked, validator);
        if (baseRevision != null && !baseRevision.isBlank()) {
            reports = compared(validator, files, reports, baseRevision.strip());
        }
        ValidationReport report = validator.report(reports);
        log(report);
        writeReports(report, threshold);
        if (report.hasUnreadable() || report.failsAt(threshold)) {
            throw new MojoFailureException(texts().get("validate.failed", "threshold", threshold.label(),
                    "directory", reportsDirectory));
        }
    }

    /** The reports with the DIFF-* findings of the files amended since {@code revision}. */
    private List<FileReport> compared(Validator validator, List<Path> files, List<FileReport> reports, String revision)
            throws MojoFailureException {
        // JGit would otherwise record a measure of the file system in ~/.config/jgit/config. Its
        // setting is global to the JGit classes, and those of this plugin's class realm are its own.
        ReadOnlyGitConfiguration.install();
        List<ChangedFile> changed;
        try {
            changed = GitRevisions.changedSince(revision, List.of(directory.toPath()), maxFileSize);
        } catch (GitProblem problem) {
            throw new MojoFailureException(texts().get("validate.git", "revision", revision,
                    "problem", problem.message(language())));
        }
        getLog().info(texts().get("validate.compared", "revision", revision));
        return new Amendments(validator).withComparisons(reports, files, changed, boundary());
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
        List<ReportFormat> formats = junit ? List.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT)
                : List.of(ReportFormat.JSON, ReportFormat.SARIF);
        try {
            for (ReportFormat format : formats) {
                AtomicFiles.write(target.resolve(format.fileName()), format.format(report, language(), threshold));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // IllegalArgumentException: PRAKSIS_DOCS_URL, the address SARIF links to, is no web address.
            throw new MojoExecutionException(texts().get("validate.writeFailed", "directory", target,
                    "problem", e.getMessage()), e);
        }
        getLog().info(texts().get("validate.written", "directory", target));
    }
}
