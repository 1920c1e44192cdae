package no.praksis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import no.praksis.validator.Validator;
import no.praksis.validator.render.ContractSource;

/**
 * {@code praksis verify CONTRACT.pdf [AGREEMENT.yaml]}: says whether the agreement embedded in a
 * contract is the one it was made from, and whether it is a given agreement file. Exit 0 when every
 * check holds, 1 when one does not, 2 when a file cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Kontrollerer at avtalens kildetekst (YAML) i en kontrakt er den kontrakten ble laget av:",
            "gyldig UTF-8, med samme SHA-256 som i metadataene og på signatursiden.",
            "Med AGREEMENT.yaml også at filen er byte for byte lik kildeteksten.",
            "Avslutningskode 0: alt stemmer; 1: noe stemmer ikke; 2: en fil kan ikke leses."})
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONTRACT.pdf", description = "Kontrakten.")
    Path contract;

    @Parameters(index = "1", arity = "0..1", paramLabel = "AGREEMENT.yaml",
            description = "Avtalefilen kildeteksten skal være lik (valgfri); - for standard inn.")
    Path agreement;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] agreementBytes = null;
        if (agreement != null) {
            // The same reading as validate and render: only a regular file, within the size limit.
            Validator validator = Validator.builder().build();
            Validator.Content content = "-".equals(agreement.toString()) ? validator.read(Validator.STDIN, Main.stdin)
                    : validator.read(agreement, agreement.toString());
            if (!content.readable()) {
                err.println("praksis: " + agreement + ": " + content.problem().findings().get(0).message());
                return 2;
            }
            agreementBytes = content.bytes();
        }
        byte[] pdf = ContractInput.read(contract, err);
        if (pdf == null) {
            return 2;
        }
        ContractSource.Verification verification;
        try {
            String name = agreement == null ? null : "-".equals(agreement.toString()) ? Validator.STDIN : agreement.toString();
            verification = ContractSource.verify(pdf, name, agreementBytes);
        } catch (IOException e) {
            ContractInput.unreadable(contract, e, err);
            return 2;
        }
        long failed = verification.checks().stream().filter(c -> !c.holds()).count();
        for (ContractSource.Verification.Check check : verification.checks()) {
            out.println(contract + ": " + (check.holds() ? "ok: " : "feil: ") + check.text());
        }
        out.println(failed == 0
                ? "praksis: alle " + verification.checks().size() + " kontrollene holder."
                : "praksis: " + failed + " av " + verification.checks().size() + " kontroller holder ikke.");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
