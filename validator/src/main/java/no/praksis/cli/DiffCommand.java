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
import no.praksis.validator.AtomicFiles;
import no.praksis.validator.FileReport;
import no.praksis.validator.Tally;
import no.praksis.validator.Texts;
import no.praksis.validator.ValidationReport;
import no.praksis.validator.Validator;
import no.praksis.validator.diff.Amendments;
import no.praksis.validator.diff.DiffFormat;
import no.praksis.validator.git.ChangedFile;
import no.praksis.validator.git.GitProblem;
import no.praksis.validator.git.GitRevisions;
import no.praksis.validator.git.ReadOnlyGitConfiguration;
import no.praksis.validator.report.ReportFormat;

/**
 * {@code praksis diff OLD NEW}: what changed between two versions of one agreement, value by value,
 * each change material or editorial; NEW's findings as {@code validate} gives them, and whether its
 * id and version are those of a new version of OLD. OLD and NEW are files or {@code REV:PATH}, read
 * from the git repository that holds the file. {@code praksis diff --since REV PATH…} compares every
 * agreement under the paths that changed since REV: the pull-request check.
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "OLD NEW | PATH", arity = "0..*", descriptionKey = "diff.files")
    List<String> files = new ArrayList<>();

    @Option(names = "--since", paramLabel = "REV", descriptionKey = "diff.since")
    String since;

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
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = Texts.of(spec.resourceBundle());
        DiffFormat diffFormat = DiffFormat.named(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), texts.get("diff.unknownFormat", "format", format)));
        if (since == null ? files.size() != 2 : files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get(since == null ? "diff.twoFiles"
                    : "diff.sincePaths"));
        }
        Validator validator = Validator.builder().language(language.code()).asOf(asOf)
                .limits(fileSize.limits(spec, texts)).build();
        long maxBytes = validator.limits().maxBytes();
        ReadOnlyGitConfiguration.install();
        Amendments amendments = new Amendments(validator);
        List<Amendments.Amendment> compared = new ArrayList<>();
        try {
            if (since == null) {
                byte[] before = AgreementVersion.read(validator, files.get(0));
                byte[] after = AgreementVersion.read(validator, files.get(1));
                compared.add(amendments.compare(files.get(0), before, files.get(1), after));
            } else {
                for (ChangedFile changed : GitRevisions.changedSince(since, files.stream().map(Path::of).toList(),
                        maxBytes)) {
                    String name = changed.path().toString();
                    if (changed.deleted()) {
                        compared.add(amendments.deleted(changed.oldName(), changed.oldBytes(), name));
                    } else if (changed.added()) {
                        compared.add(amendments.added(name, AgreementVersion.read(validator, name)));
                    } else {
                        compared.add(amendments.compare(changed.oldName(), changed.oldBytes(), name,
                                AgreementVersion.read(validator, name)));
                    }
                }
            }
        } catch (GitProblem problem) {
            err.println("praksis: " + problem.message(language.code()));
            return 2;
        } catch (AgreementVersion.Unread unread) {
            out.print(ReportFormat.TEXT.format(validator.report(List.of(unread.report())), language.code(),
                    Severity.ERROR));
            out.flush();
            return 2;
        }
        Severity threshold = Severity.fromLabel(failOn.name());
        List<FileReport> reports = new ArrayList<>();
        for (Amendments.Amendment amendment : compared) {
            if (amendment.status() == Amendments.Status.AMENDED && !amendment.oldReport().parsed()) {
                reports.add(amendment.oldReport());
            }
            if (amendment.status() != Amendments.Status.DELETED) {
                reports.add(amendment.report());
            }
        }
        ValidationReport findings = validator.report(reports);
        String report = diffFormat.format(compared, findings, language.code(), threshold);
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
        if (compared.stream().anyMatch(a -> a.status() == Amendments.Status.AMENDED && !a.compared())) {
            return 2;
        }
        Tally tally = new Tally();
        findings.files().forEach(tally::add);
        return tally.failsAt(threshold) ? 1 : 0;
    }
}
