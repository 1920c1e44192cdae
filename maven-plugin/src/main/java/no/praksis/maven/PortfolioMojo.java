package no.praksis.maven;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import no.praksis.rules.Severity;
import no.praksis.validator.AgreementFiles;
import no.praksis.validator.AtomicFiles;
import no.praksis.validator.InOrder;
import no.praksis.validator.Validator;
import no.praksis.validator.portfolio.Portfolio;
import no.praksis.validator.portfolio.PortfolioAgreement;
import no.praksis.validator.portfolio.PortfolioFinding;
import no.praksis.validator.portfolio.PortfolioFormat;

/**
 * The project's agreements as one portfolio, judged on one day ({@code asOf}, by default today): the
 * capacity they commit to and what the portfolio rules find across them, written to
 * {@code reportsDirectory} as {@code praksis-portfolio.txt}, {@code .json}, {@code .csv} and {@code .html}
 * (each {@link PortfolioFormat}, so a new format needs no change here). The build
 * fails when a portfolio finding, or a finding of an agreement left out for its errors, is at or above
 * {@code failOn}.
 */
@Mojo(name = "portfolio", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class PortfolioMojo extends ReportingMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(texts().get("portfolio.skipped"));
            return;
        }
        Severity threshold = threshold();
        LocalDate asOfDate = judgementDate() != null ? judgementDate() : LocalDate.now();
        Validator validator = validator(asOfDate);
        Portfolio portfolio = new Portfolio(asOfDate, language());
        // A file reached twice (a link such as gjeldende.yaml beside it) is one agreement, counted once.
        InOrder.each(AgreementFiles.distinct(agreements()), InOrder.threads(),
                file -> validator.check(file, name(file), boundary()), portfolio::add);
        Path target = reportsDirectory.toPath();
        try {
            for (PortfolioFormat format : PortfolioFormat.values()) {
                StringWriter text = new StringWriter();
                format.write(portfolio, text, language());
                AtomicFiles.write(target.resolve(format.fileName()), text.toString());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException(texts().get("validate.writeFailed", "directory", target,
                    "problem", e.getMessage()), e);
        }
        for (PortfolioFinding finding : portfolio.findings()) {
            String line = finding.severity().label() + " " + finding.ruleId() + " " + finding.message();
            switch (finding.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case INFO -> getLog().info(line);
            }
        }
        long inForce = portfolio.agreements().stream().filter(PortfolioAgreement::inForce).count();
        getLog().info(texts().get("portfolio.done", "agreements", portfolio.agreements().size(), "inForce", inForce,
                "findings", portfolio.findings().size(), "directory", target));
        boolean fails = portfolio.findings().stream().anyMatch(f -> f.severity().atLeast(threshold))
                || portfolio.agreements().stream().anyMatch(a -> a.report().failsAt(threshold));
        if (fails) {
            throw new MojoFailureException(texts().get("portfolio.failed", "threshold", threshold.label(),
                    "directory", target));
        }
    }
}
