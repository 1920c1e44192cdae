package no.praksis.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import no.praksis.rules.Severity;

/** A goal that writes reports on the agreements and fails the build at a severity. */
abstract class ReportingMojo extends AgreementsMojo {

    /** The lowest severity that fails the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "praksis.failOn", defaultValue = "error")
    protected String failOn;

    /** Where the reports are written. */
    @Parameter(property = "praksis.reportsDirectory", defaultValue = "${project.build.directory}/praksis-reports")
    protected File reportsDirectory;

    /** The severity {@code failOn} names; anything else is a mistake in the configuration. */
    protected Severity threshold() throws MojoExecutionException {
        try {
            return Severity.fromLabel(failOn.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(texts().get("failOn", "value", failOn));
        }
    }
}
