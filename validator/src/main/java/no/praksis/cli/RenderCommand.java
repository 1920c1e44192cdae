package no.praksis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import no.praksis.rules.Severity;
import no.praksis.validator.FileReport;
import no.praksis.validator.Texts;
import no.praksis.validator.Validator;
import no.praksis.validator.load.Printable;
import no.praksis.validator.diff.Amendments;
import no.praksis.validator.git.GitProblem;
import no.praksis.validator.git.ReadOnlyGitConfiguration;
import no.praksis.validator.render.Renderer;
import no.praksis.validator.report.ReportFormat;

/**
 * {@code praksis render FILE [-o OUT.pdf]}: validates the agreement and renders the contract, to
 * {@code OUT.pdf} or, without {@code -o}, to {@code <id>-v<version>.pdf} in the current folder (the
 * name the Maven goal gives it). An agreement with an error is refused (exit 1, nothing written)
 * unless {@code --draft}: a draft is made of any file that parses to a mapping, named
 * {@code <id>-v<version>-utkast.pdf} without {@code -o}.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "render.file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", descriptionKey = "render.output")
    Path output;

    @Option(names = "--draft", descriptionKey = "render.draft")
    boolean draft;

    @CommandLine.Mixin
    Overwrite overwrite;

    @CommandLine.Mixin
    MessageLanguage language;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "render.asOf")
    LocalDate asOf;

    @Option(names = "--changes-from", paramLabel = "OLD", descriptionKey = "render.changesFrom")
    String changesFrom;

    /** The contract's name when it is chosen from the agreement, in the current folder: no folder, no hidden file. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,200}\\.pdf");

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = Texts.of(spec.resourceBundle());
        // A contract piped on (-o /dev/stdout) must not have the report's lines mixed into it: they go
        // to standard error then.
        PrintWriter out = output != null && Overwrite.isStandardOutput(output) ? err : spec.commandLine().getOut();
        if (output != null && "-".equals(output.toString())) {
            // A PDF is not for the terminal, and a file called "-" is not what anyone means.
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("render.dash"));
        }
        // A file named with -o is looked at before any work is done; the name chosen from the
        // agreement is known once it has been read, and looked at before the PDF is made.
        if (output != null && (Overwrite.refusesInput(output, file, "overwrite.isAgreement", err, texts)
                || overwrite.refuses(output, err, texts))) {
            return 2;
        }
        Validator validator = Validator.builder().language(language.code()).asOf(asOf).build();
        Validator.Content source = validator.read(file, file.toString());
        if (!source.readable()) {
            out.print(textReport(validator, source.problem()));
            return 2;
        }
        Validator.Checked checked = validator.check(file.toString(), source.bytes());
        if (changesFrom != null) {
            return redline(validator, source.bytes(), out, err, texts);
        }
        Path target = output;
        if (target == null && Renderer.renders(checked, draft)) {
            String name = Renderer.fileName(draft ? checked.draft() : checked.agreement(), draft);
            if (!safeName(name)) {
                out.print(textReport(validator, checked.report()));
                out.flush();
                err.println(texts.get("render.unsafeName", "name", Printable.cut(name, 200)));
                return 2;
            }
            target = Path.of(name);
            if (Overwrite.refusesInput(target, file, "overwrite.isAgreement", err, texts)
                    || overwrite.refuses(target, err, texts)) {
                return 2;
            }
        }
        Renderer.Rendering rendering = new Renderer(validator).render(checked, source.bytes(), draft);
        out.print(textReport(validator, rendering.report()));
        if (!rendering.report().parsed()) {
            return 2;
        }
        if (rendering.refused()) {
            err.println(texts.get(draft ? "render.noDraft" : "render.refused"));
            return 1;
        }
        overwrite.write(target, rendering.pdf());
        if (output != null) {
            out.println(texts.get(draft ? "render.wroteDraft" : "wrote", "file", target));
        } else {
            // The user named no file: say which one was made, and where.
            out.println(texts.get(draft ? "render.wroteDraftHere" : "render.wroteHere", "file", target,
                    "directory", target.toAbsolutePath().getParent()));
        }
        out.flush();
        return 0;
    }

    /**
     * {@code --changes-from OLD}: the redline of FILE against OLD (a file, or {@code REV:PATH} from
     * git), a draft that is never signable; without {@code -o} it is
     * {@code <id>-v<version>-endringer-fra-v<old>.pdf} in the current folder.
     */
    private int redline(Validator validator, byte[] newBytes, PrintWriter out, PrintWriter err, Texts texts)
            throws IOException {
        byte[] oldBytes;
        ReadOnlyGitConfiguration.install();
        try {
            oldBytes = AgreementVersion.read(validator, changesFrom);
        } catch (AgreementVersion.Unread unread) {
            out.print(textReport(validator, unread.report()));
            out.flush();
            return 2;
        } catch (GitProblem problem) {
            err.println("praksis: " + problem.message(language.code()));
            return 2;
        }
        Amendments.Amendment amendment = new Amendments(validator).compare(changesFrom, oldBytes, file.toString(),
                newBytes);
        out.print(textReport(validator, amendment.report()));
        byte[] pdf = new Renderer(validator).redline(amendment, newBytes);
        if (pdf == null) {
            if (!amendment.oldReport().parsed()) {
                out.print(textReport(validator, amendment.oldReport()));
            }
            out.flush();
            err.println(texts.get("render.noRedline", "old", changesFrom));
            return 2;
        }
        Path target = output;
        if (target == null) {
            String name = amendment.current().agreementId() + "-v" + amendment.current().version() + "-endringer-fra-v"
                    + amendment.old().version() + ".pdf";
            if (!safeName(name)) {
                out.flush();
                err.println(texts.get("render.unsafeName", "name", Printable.cut(name, 200)));
                return 2;
            }
            target = Path.of(name);
        }
        if (Overwrite.refusesInput(target, file, "overwrite.isAgreement", err, texts) || overwrite.refuses(target, err, texts)) {
            return 2;
        }
        overwrite.write(target, pdf);
        out.println(texts.get("render.wroteRedline", "file", target, "old", changesFrom));
        out.flush();
        return 0;
    }

    /**
     * Whether {@code name}, chosen from the agreement, may be written in the current folder. The
     * schema keeps an id to a slug, but a draft is rendered whatever its id: its name is checked here.
     */
    static boolean safeName(String name) {
        return SAFE_NAME.matcher(name).matches();
    }

    /** The findings of {@code file} for the terminal, as {@code validate} shows them. */
    private String textReport(Validator validator, FileReport file) {
        return ReportFormat.TEXT.format(validator.report(List.of(file)), language.code(), Severity.ERROR);
    }
}
