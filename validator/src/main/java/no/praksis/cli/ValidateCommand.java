package no.praksis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import no.praksis.validator.ValidationReport;
import no.praksis.validator.Validator;
import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.report.GithubReport;
import no.praksis.validator.report.JsonReport;
import no.praksis.validator.report.JunitReport;
import no.praksis.validator.report.SarifReport;
import no.praksis.validator.report.TextReport;

/** {@code praksis validate PATH…}: validates agreements and reports what it finds. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Kontrollerer avtaler (filer, mapper med *.yaml/*.yml, eller - for standard inn).",
            "Avslutningskode: 0 alle gyldige, 1 funn på eller over --fail-on, 2 bruksfeil eller fil som ikke kan leses."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit, github }

    enum Threshold { error, warning, info }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Avtalefiler eller mapper; - leser standard inn.")
    List<String> paths;

    /** One report: a format, and the file it goes to (standard output when none is given). */
    static final class Report {
        @Option(names = "--format", paramLabel = "FORMAT", required = true,
                description = "Rapportformat: ${COMPLETION-CANDIDATES} (standard: text). Kan gjentas.")
        Format format;

        @Option(names = "--output", paramLabel = "FILE",
                description = "Skriv rapporten fra --format rett foran til FILE i stedet for standard ut.")
        Path output;
    }

    @CommandLine.ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Report> reports = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Laveste alvorlighet som gir avslutningskode 1: ${COMPLETION-CANDIDATES} (standard: ${DEFAULT-VALUE}).")
    Threshold failOn;

    @CommandLine.Mixin
    MessageLanguage language;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Vurderingsdato (ÅÅÅÅ-MM-DD). Standard: den seneste av i dag og avtalens effectiveFrom.")
    LocalDate asOf;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + LoadLimits.DEFAULT_MAX_BYTES,
            description = "Største fil (og standard inn) som leses, i byte, høyst " + LoadLimits.MAX_MAX_BYTES
                    + " (standard: ${DEFAULT-VALUE}). En større fil rapporteres uten å bli lest.")
    long maxFileSize;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (reports.isEmpty()) {
            Report text = new Report();
            text.format = Format.text;
            reports.add(text);
        }
        if (reports.stream().filter(r -> r.output == null).count() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Bare én rapport kan gå til standard ut; gi de andre --output FILE rett etter sitt --format.");
        }
        if (maxFileSize < 1 || maxFileSize > LoadLimits.MAX_MAX_BYTES) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-size må være mellom 1 og "
                    + LoadLimits.MAX_MAX_BYTES + " byte, ikke " + maxFileSize + ".");
        }
        LoadLimits limits = LoadLimits.DEFAULT.withMaxBytes(maxFileSize);
        Validator validator = Validator.builder().language(language.code()).asOf(asOf).limits(limits).build();
        List<FileReport> files = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (String path : paths) {
            List<FileReport> found = validate(validator, path);
            if (found.isEmpty()) {
                empty.add(path);
            }
            files.addAll(found);
        }
        // A folder named on the command line that holds no agreement is a mistake in the call (a typo,
        // a wrong checkout): said, and the run fails, but the files that were found are still checked.
        if (!empty.isEmpty()) {
            err.println("praksis: fant ingen avtalefiler (*.yaml, *.yml) i " + String.join(", ", empty) + ".");
        }
        if (files.isEmpty()) {
            return 2;
        }
        for (Report target : reports) {
            String agreement = target.output == null ? null : agreementAt(target.output, files);
            if (agreement != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--output " + target.output
                        + " er avtalefilen " + agreement + ", som blir kontrollert; rapporten ville skrevet over den. "
                        + "Velg et annet filnavn for rapporten.");
            }
        }
        ValidationReport report = validator.report(files);
        for (Report target : reports) {
            String text = switch (target.format) {
                case text -> TextReport.format(report, language.code());
                case json -> JsonReport.format(report);
                case sarif -> SarifReport.format(report, language.code());
                case junit -> JunitReport.format(report, Severity.fromLabel(failOn.name()), language.code());
                case github -> GithubReport.format(report, language.code());
            };
            if (target.output != null) {
                AtomicFiles.write(target.output, text);
            } else {
                out.print(text);
            }
        }
        out.flush();
        if (report.hasUnreadable() || !empty.isEmpty()) {
            return 2;
        }
        return report.failsAt(Severity.fromLabel(failOn.name())) ? 1 : 0;
    }

    /** The agreement among {@code files} that {@code output} is, if any: a report must never replace one. */
    private static String agreementAt(Path output, List<FileReport> files) {
        if (!Files.exists(output)) {
            return null;
        }
        for (FileReport file : files) {
            if (!Validator.STDIN.equals(file.path()) && Overwrite.sameFile(output, Paths.get(file.path()))) {
                return file.path();
            }
        }
        return null;
    }

    private List<FileReport> validate(Validator validator, String path) throws IOException {
        if ("-".equals(path)) {
            return List.of(validator.validate(Validator.STDIN, Main.stdin));
        }
        Path file = Paths.get(path);
        if (Files.isDirectory(file)) {
            return AgreementFiles.under(file).stream().map(validator::validate).toList();
        }
        // A missing or unreadable file is reported as such, and the other files are still checked.
        return List.of(validator.validate(file));
    }
}
