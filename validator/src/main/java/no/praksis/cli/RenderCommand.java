package no.praksis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import no.praksis.rules.Severity;
import no.praksis.validator.FileReport;
import no.praksis.validator.Texts;
import no.praksis.validator.Validator;
import no.praksis.validator.render.Renderer;
import no.praksis.validator.report.ReportFormat;

/**
 * {@code praksis render FILE -o OUT.pdf}: validates the agreement and renders the contract. An
 * agreement with an error is refused (exit 1, nothing written) unless {@code --draft}.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "render.file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", required = true, descriptionKey = "render.output")
    Path output;

    @Option(names = "--draft", descriptionKey = "render.draft")
    boolean draft;

    @CommandLine.Mixin
    Overwrite overwrite;

    @CommandLine.Mixin
    MessageLanguage language;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "render.asOf")
    LocalDate asOf;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = Texts.of(spec.resourceBundle());
        // A contract piped on (-o /dev/stdout) must not have the report's lines mixed into it: they go
        // to standard error then.
        PrintWriter out = Overwrite.isStandardOutput(output) ? err : spec.commandLine().getOut();
        if ("-".equals(output.toString())) {
            // A PDF is not for the terminal, and a file called "-" is not what anyone means.
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("render.dash"));
        }
        if (Overwrite.refusesInput(output, file, "overwrite.isAgreement", err, texts)
                || overwrite.refuses(output, err, texts)) {
            return 2;
        }
        Validator validator = Validator.builder().language(language.code()).asOf(asOf).build();
        Validator.Content source = validator.read(file, file.toString());
        if (!source.readable()) {
            out.print(textReport(validator, source.problem()));
            return 2;
        }
        Renderer.Rendering rendering = new Renderer(validator).render(file.toString(), source.bytes(), draft);
        out.print(textReport(validator, rendering.report()));
        if (!rendering.report().parsed()) {
            return 2;
        }
        if (rendering.refused()) {
            err.println(texts.get("render.refused"));
            return 1;
        }
        overwrite.write(output, rendering.pdf());
        out.println(texts.get(draft ? "render.wroteDraft" : "wrote", "file", output));
        out.flush();
        return 0;
    }

    /** The findings of {@code file} for the terminal, as {@code validate} shows them. */
    private String textReport(Validator validator, FileReport file) {
        return ReportFormat.TEXT.format(validator.report(List.of(file)), language.code(), Severity.ERROR);
    }
}
