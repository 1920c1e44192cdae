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

import no.praksis.validator.load.Printable;
import no.praksis.validator.render.ContractSource;

/** {@code praksis extract CONTRACT.pdf}: writes the agreement's YAML, embedded in the contract, back out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Henter avtalens kildetekst (YAML) ut av en kontrakt laget med praksis render.")
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CONTRACT.pdf", description = "Kontrakten.")
    Path contract;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Hvor YAML-filen skal skrives; - for standard ut. Standard: vedleggets navn i gjeldende mappe.")
    String output;

    @CommandLine.Mixin
    Overwrite overwrite;

    /** An embedded name that may become a file name in the current folder: no folders, no hidden file. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,200}\\.ya?ml");

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        byte[] pdf = ContractInput.read(contract, err);
        if (pdf == null) {
            return 2;
        }
        Optional<ContractSource.Source> source;
        try {
            source = ContractSource.extract(pdf);
        } catch (ContractSource.NotIntact e) {
            err.println("praksis: " + contract + ": " + e.getMessage() + " Ingen fil ble skrevet.");
            return 2;
        } catch (IOException e) {
            ContractInput.unreadable(contract, e, err);
            return 2;
        }
        if (source.isEmpty()) {
            err.println("praksis: " + contract + " inneholder ingen avtale; bare kontrakter laget med praksis render har det.");
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
            err.println("praksis: vedlegget i " + contract + " har navnet «" + Printable.cut(embedded, 200)
                    + "», som ikke er et trygt filnavn. Oppgi hvor avtalen skal skrives med -o.");
            return 2;
        }
        Path target = Path.of(output != null ? output : embedded);
        if (Overwrite.refusesInput(target, contract, "kontrakten", err) || overwrite.refuses(target, err)) {
            return 2;
        }
        overwrite.write(target, source.get().content());
        spec.commandLine().getOut().println("praksis: skrev " + target + ".");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
