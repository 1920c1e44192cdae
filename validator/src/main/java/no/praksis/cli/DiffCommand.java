package no.praksis.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import no.praksis.rules.Severity;
import no.praksis.validator.AtomicFiles;
import no.praksis.validator.FileReport;
import no.praksis.validator.Tally;
import no.praksis.validator.Texts;
import no.praksis.validator.ValidationReport;
import no.praksis.validator.Validator;
import no.praksis.validator.diff.Amendments;
import no.praksis.validator.diff.DiffFormat;

/**
 * {@code praksis diff OLD NEW}: what changed between two versions of one agreement, value by value,
 * each change material or editorial; NEW's findings as {@code validate} gives them, and whether its
 * id and version are those of a new version of OLD.
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff.old")
    String oldFile;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "diff.new")
    String newFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "diff.format")
    String format;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "diff.output")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", descriptionKey = "validate.failOn")
    ValidateCommand.Threshold failOn;

    @CommandLine.Mixin
    MessageLanguage language;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "render.asOf")
    LocalDate asOf;

    @CommandLine.Mixin
    FileSizeLimit fileSize;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Texts texts = Texts.of(spec.resourceBundle());
        DiffFormat diffFormat = DiffFormat.named(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), texts.get("diff.unknownFormat", "format", format)));
        Validator validator = Validator.builder().language(language.code()).asOf(asOf)
                .limits(fileSize.limits(spec, texts)).build();
        Validator.Content before = validator.read(Path.of(oldFile), oldFile);
        Validator.Content after = validator.read(Path.of(newFile), newFile);
        if (!before.readable() || !after.readable()) {
            // Why a file could not be read is a finding of that file, reported as validate reports it.
            List<FileReport> problems = java.util.stream.Stream.of(before, after).filter(c -> !c.readable())
                    .map(Validator.Content::problem).toList();
            out.print(no.praksis.validator.report.ReportFormat.TEXT.format(validator.report(problems), language.code(),
                    Severity.ERROR));
            out.flush();
            return 2;
        }
        Amendments amendments = new Amendments(validator);
        Amendments.Amendment amendment = amendments.compare(oldFile, before.bytes(), newFile, after.bytes());
        Severity threshold = Severity.fromLabel(failOn.name());
        ValidationReport findings = validator.report(amendment.oldReport().parsed() ? List.of(amendment.report())
                : List.of(amendment.oldReport(), amendment.report()));
        String report = diffFormat.format(List.of(amendment), findings, language.code(), threshold);
        if (output == null) {
            out.print(report);
        } else {
            try (AtomicFiles.Pending file = AtomicFiles.open(output, true)) {
                Writer to = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
                to.write(report);
                to.flush();
                file.commit();
            }
        }
        out.flush();
        if (!amendment.compared()) {
            return 2;
        }
        Tally tally = new Tally();
        findings.files().forEach(tally::add);
        return tally.failsAt(threshold) ? 1 : 0;
    }
}
