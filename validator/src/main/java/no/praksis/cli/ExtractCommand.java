package no.praksis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import no.praksis.validator.Texts;
import no.praksis.validator.load.Printable;
import no.praksis.validator.render.ContractSource;

/** {@code praksis extract CONTRACT.pdf}: writes the agreement's YAML, embedded in the contract, back out. */
@Command(name = "extract", mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CONTRACT.pdf", descriptionKey = "contract")
    Path contract;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "extract.output")
    String output;

    @CommandLine.Mixin
    Overwrite overwrite;

    @CommandLine.Mixin
    MessageLanguage language;

    /** An embedded name that may become a file name in the current folder: no folders, no hidden file. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,200}\\.ya?ml");

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = Texts.of(spec.resourceBundle());
        byte[] pdf = ContractInput.read(contract, err, texts);
        if (pdf == null) {
            return 2;
        }
        Optional<ContractSource.Source> source;
        try {
            source = ContractSource.extract(pdf, language.code());
        } catch (ContractSource.NotIntact e) {
            err.println(texts.get("extract.notIntact", "contract", contract, "problem", e.getMessage()));
            return 2;
        } catch (IOException e) {
            ContractInput.unreadable(contract, e, err, texts);
            return 2;
        }
        if (source.isEmpty()) {
            err.println(texts.get("extract.noAgreement", "contract", contract));
            return 2;
        }
        if ("-".equals(output)) {
            System.out.write(source.get().content());
            System.out.flush();
            return 0;
        }
        String embedded = source.get().name();
        if (output == null && !SAFE_NAME.matcher(embedded).matches()) {
            // The name comes from the file, which anyone can have made: "../../.bashrc" must not
            // decide where a file is written.
            err.println(texts.get("extract.unsafeName", "contract", contract, "name", Printable.cut(embedded, 200)));
            return 2;
        }
        Path target = Path.of(output != null ? output : embedded);
        if (Overwrite.refusesInput(target, contract, "overwrite.isContract", err, texts)
                || overwrite.refuses(target, err, texts)) {
            return 2;
        }
        overwrite.write(target, source.get().content());
        spec.commandLine().getOut().println(texts.get("wrote", "file", target));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
