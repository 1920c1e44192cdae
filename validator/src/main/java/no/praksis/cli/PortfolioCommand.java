package no.praksis.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import no.praksis.rules.Severity;
import no.praksis.validator.AtomicFiles;
import no.praksis.validator.InOrder;
import no.praksis.validator.Tally;
import no.praksis.validator.Texts;
import no.praksis.validator.Validator;
import no.praksis.validator.portfolio.Portfolio;
import no.praksis.validator.portfolio.PortfolioFormat;

/**
 * {@code praksis portfolio PATH…}: all the agreements under the paths at once, judged on one day: which
 * are in force, and the placements they commit to per institution, municipality, site, programme and
 * annual cycle.
 */
@Command(name = "portfolio", mixinStandardHelpOptions = true)
final class PortfolioCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "validate.paths")
    java.util.List<String> paths;

    /** The formats as the command line names them. */
    static final class FormatLabel implements CommandLine.ITypeConverter<PortfolioFormat>, Iterable<String> {
        @Override
        public PortfolioFormat convert(String value) {
            return PortfolioFormat.of(value);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return PortfolioFormat.labels().iterator();
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatLabel.class,
            completionCandidates = FormatLabel.class, descriptionKey = "portfolio.format")
    PortfolioFormat format;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "portfolio.output")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", descriptionKey = "validate.failOn")
    ValidateCommand.Threshold failOn;

    @CommandLine.Mixin
    MessageLanguage language;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "portfolio.asOf")
    LocalDate asOf;

    @CommandLine.Mixin
    FileSizeLimit fileSize;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = Texts.of(spec.resourceBundle());
        LocalDate judgementDate = asOf != null ? asOf : LocalDate.now();
        // Every agreement is judged on the same day, so that the figures add up.
        Validator validator = Validator.builder().language(language.code()).asOf(judgementDate)
                .limits(fileSize.limits(spec, texts)).build();
        AgreementInputs found = AgreementInputs.of(paths);
        if (!found.empty().isEmpty()) {
            err.println(texts.get("validate.noAgreements", "paths", String.join(", ", found.empty())));
        }
        if (found.inputs().isEmpty()) {
            return 2;
        }
        String agreement = found.agreementAt(output);
        if (agreement != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("validate.outputIsAgreement",
                    "output", output, "agreement", agreement));
        }
        Portfolio portfolio = new Portfolio(judgementDate, language.code());
        // Checked on all cores, added in the order named: the report is the same as one by one.
        InOrder.each(found.distinct(), InOrder.threads(), input -> input.check(validator), portfolio::add);
        if (output == null) {
            format.write(portfolio, out, language.code());
        } else {
            try (AtomicFiles.Pending file = AtomicFiles.open(output, true)) {
                Writer to = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
                format.write(portfolio, to, language.code());
                file.commit();
            }
        }
        out.flush();
        Tally tally = new Tally();
        portfolio.agreements().forEach(a -> tally.add(a.report()));
        if (tally.unreadable() || !found.empty().isEmpty()) {
            return 2;
        }
        Severity threshold = Severity.fromLabel(failOn.name());
        return tally.failsAt(threshold) || portfolio.findings().stream().anyMatch(f -> f.severity().atLeast(threshold))
                ? 1 : 0;
    }
}
