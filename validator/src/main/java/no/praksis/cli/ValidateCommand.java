package no.praksis.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import no.praksis.rules.Severity;
import no.praksis.validator.AgreementFiles;
import no.praksis.validator.AtomicFiles;
import no.praksis.validator.FileReport;
import no.praksis.validator.InOrder;
import no.praksis.validator.Tally;
import no.praksis.validator.Texts;
import no.praksis.validator.Validator;
import no.praksis.validator.VersionCopies;
import no.praksis.validator.Versions;
import no.praksis.validator.load.Printable;
import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.report.ReportFormat;
import no.praksis.validator.report.ReportWriter;

/** {@code praksis validate PATH…}: validates agreements and reports what it finds. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    enum Threshold { error, warning, info }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "validate.paths")
    List<String> paths;

    /** The formats as the command line names them: {@code text}, {@code json}, … */
    static final class FormatLabel implements CommandLine.ITypeConverter<ReportFormat>, Iterable<String> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.of(value);
            } catch (IllegalArgumentException e) {
                // Said to the user by UsageErrors, in their language, with the formats there are.
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return ReportFormat.labels().iterator();
        }
    }

    /** One report: a format, and the file it goes to (standard output when none is given). */
    static final class Report {
        @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatLabel.class,
                completionCandidates = FormatLabel.class, descriptionKey = "validate.format")
        ReportFormat format;

        @Option(names = "--output", paramLabel = "FILE", descriptionKey = "validate.output")
        Path output;
    }

    @CommandLine.ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Report> reports = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", descriptionKey = "validate.failOn")
    Threshold failOn;

    @CommandLine.Mixin
    MessageLanguage language;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "validate.asOf")
    LocalDate asOf;

    @CommandLine.Mixin
    FileSizeLimit fileSize;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = Texts.of(spec.resourceBundle());
        if (reports.isEmpty()) {
            Report text = new Report();
            text.format = ReportFormat.TEXT;
            reports.add(text);
        }
        if (reports.stream().filter(r -> r.output == null).count() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("validate.oneToStandardOutput"));
        }
        if (reports.stream().anyMatch(r -> r.format == ReportFormat.SARIF)) {
            try {
                Versions.documentation();
            } catch (IllegalArgumentException e) {
                // Said before any file is checked, not after the run as a failure of the report.
                throw new CommandLine.ParameterException(spec.commandLine(), texts.get("validate.docsUrl",
                        "variable", Versions.DOCUMENTATION_VARIABLE,
                        "value", Printable.cut(System.getenv(Versions.DOCUMENTATION_VARIABLE), 200)));
            }
        }
        LoadLimits limits = fileSize.limits(spec, texts);
        Validator validator = Validator.builder().language(language.code()).asOf(asOf).limits(limits).build();
        AgreementInputs found = AgreementInputs.of(paths);
        List<AgreementInputs.Input> inputs = found.inputs();
        List<String> empty = found.empty();
        // A folder named on the command line that holds no agreement is a mistake in the call (a typo,
        // a wrong checkout): said, and the run fails, but the files that were found are still checked.
        if (!empty.isEmpty()) {
            err.println(texts.get("validate.noAgreements", "paths", String.join(", ", empty)));
        }
        if (inputs.isEmpty()) {
            return 2;
        }
        for (Report target : reports) {
            String agreement = found.agreementAt(target.output);
            if (agreement != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), texts.get("validate.outputIsAgreement",
                        "output", target.output, "agreement", agreement));
            }
        }
        Severity threshold = Severity.fromLabel(failOn.name());
        Tally tally = new Tally();
        List<AtomicFiles.Pending> files = new ArrayList<>();
        try {
            // The files are checked on every core; of each only its report is kept (not its text, nor
            // its agreement), since whether its version is also in a later file is known only at the
            // end. The reports are then written in the order the files were named.
            List<VersionCopies.Noted> checked = new ArrayList<>();
            InOrder.each(inputs, InOrder.threads(), input -> VersionCopies.note(input.check(validator),
                    input.file() == null ? Validator.STDIN : AgreementFiles.identity(input.file())), checked::add);
            List<FileReport> fileReports = VersionCopies.reports(checked, validator);
            List<ReportWriter> writers = new ArrayList<>();
            for (Report target : reports) {
                Writer to = out;
                if (target.output != null) {
                    AtomicFiles.Pending file = AtomicFiles.open(target.output, true);
                    files.add(file);
                    to = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
                }
                writers.add(target.format.writer(to, language.code(), threshold));
            }
            for (FileReport report : fileReports) {
                tally.add(report);
                for (ReportWriter writer : writers) {
                    writer.file(report);
                }
            }
            for (ReportWriter writer : writers) {
                writer.end(tally);
            }
            for (AtomicFiles.Pending file : files) {
                file.commit();
            }
        } finally {
            for (AtomicFiles.Pending file : files) {
                file.close();
            }
        }
        out.flush();
        if (tally.unreadable() || !empty.isEmpty()) {
            return 2;
        }
        return tally.failsAt(threshold) ? 1 : 0;
    }
}
