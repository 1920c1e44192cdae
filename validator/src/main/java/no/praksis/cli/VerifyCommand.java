package no.praksis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import no.praksis.validator.Texts;
import no.praksis.validator.Validator;
import no.praksis.validator.render.ContractSource;

/**
 * {@code praksis verify CONTRACT.pdf [AGREEMENT.yaml]}: says whether the agreement embedded in a
 * contract is the one it was made from, and whether it is a given agreement file. Exit 0 when every
 * check holds, 1 when one does not, 2 when a file cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONTRACT.pdf", descriptionKey = "contract")
    Path contract;

    @Parameters(index = "1", arity = "0..1", paramLabel = "AGREEMENT.yaml",
            descriptionKey = "verify.agreement")
    Path agreement;

    @CommandLine.Mixin
    MessageLanguage language;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = Texts.of(spec.resourceBundle());
        byte[] agreementBytes = null;
        if (agreement != null) {
            // The same reading as validate and render: only a regular file, within the size limit.
            Validator validator = Validator.builder().language(language.code()).build();
            Validator.Content content = "-".equals(agreement.toString()) ? validator.read(Validator.STDIN, Main.stdin)
                    : validator.read(agreement, agreement.toString());
            if (!content.readable()) {
                err.println("praksis: " + agreement + ": " + content.problem().findings().get(0).message());
                return 2;
            }
            agreementBytes = content.bytes();
        }
        byte[] pdf = ContractInput.read(contract, err, texts);
        if (pdf == null) {
            return 2;
        }
        ContractSource.Verification verification;
        try {
            String name = agreement == null ? null : "-".equals(agreement.toString()) ? Validator.STDIN : agreement.toString();
            verification = ContractSource.verify(pdf, name, agreementBytes, language.code());
        } catch (IOException e) {
            ContractInput.unreadable(contract, e, err, texts);
            return 2;
        }
        long failed = verification.checks().stream().filter(c -> !c.holds()).count();
        for (ContractSource.Verification.Check check : verification.checks()) {
            out.println(contract + ": " + texts.get(check.holds() ? "verify.holds" : "verify.fails") + ": " + check.text());
        }
        out.println(failed == 0 ? texts.get("verify.allHold", "count", verification.checks().size())
                : texts.get("verify.someFail", "failed", failed, "count", verification.checks().size()));
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
