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
import no.praksis.validator.report.ReportFormat;
import no.praksis.validator.report.TextReport;

/**
 * Validates the practice agreements of the project against format praksisavtale/v1, the regulations
 * and the recommendations of the municipal practice model. Each finding is logged as
 * {@code path:line:column: severity RULE-ID message}; the build fails when a finding is at or above
 * {@code failOn}, or a file cannot be read. JSON and SARIF reports (and JUnit XML on request) are
 * written to {@code reportsDirectory}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends ReportingMojo {

    /** Also writes a JUnit XML report, for CI servers that show test results. */
    @Parameter(property = "praksis.junit", defaultValue = "false")
    private boolean junit;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(texts().get("validate.skipped"));
            return;
        }
        Severity threshold = threshold();
        Validator validator = validator();
        // Checked on every core; a copy of an agreement version among the files is an error in each.
        List<VersionCopies.Noted> checked = new ArrayList<>();
        InOrder.each(agreements(), InOrder.threads(), file -> VersionCopies.note(validator.check(file, name(file),
                boundary()), AgreementFiles.identity(file)), checked::add);
        ValidationReport report = validator.report(VersionCopies.reports(checked, validator));
        log(report);
        writeReports(report, threshold);
        if (report.hasUnreadable() || report.failsAt(threshold)) {
            throw new MojoFailureException(texts().get("validate.failed", "threshold", threshold.label(),
                    "directory", reportsDirectory));
        }
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
