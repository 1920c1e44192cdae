package no.praksis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import no.praksis.validator.Texts;
import no.praksis.validator.load.Printable;
import no.praksis.validator.render.ContractSource;
import no.praksis.validator.render.PdfProblem;

/** A contract named on the command line, taken from disk the way {@code extract} and {@code verify} both need. */
final class ContractInput {

    private ContractInput() {
    }

    /**
     * The bytes of {@code contract}, or null, having said why on {@code err}, when it is not a regular
     * file (a device, a pipe: never opened) or is larger than {@link ContractSource#MAX_CONTRACT_BYTES}.
     */
    static byte[] read(Path contract, PrintWriter err, Texts texts) throws IOException {
        if (!Files.isRegularFile(contract)) {
            err.println(texts.get(Files.exists(contract) ? "contract.notRegular" : "contract.missing", "file", contract));
            return null;
        }
        if (Files.size(contract) > ContractSource.MAX_CONTRACT_BYTES) {
            err.println(texts.get("contract.tooLarge", "file", contract, "size", Files.size(contract),
                    "max", ContractSource.MAX_CONTRACT_BYTES));
            return null;
        }
        return Files.readAllBytes(contract);
    }

    /**
     * Says on {@code err} that {@code contract} could not be read as a PDF, and why, in the language
     * of {@code texts}: never the message of the exception PDFBox or Java threw.
     */
    static void unreadable(Path contract, IOException e, PrintWriter err, Texts texts) {
        err.println(texts.get("contract.unreadable", "file", contract,
                "problem", Printable.cut(PdfProblem.text(e, texts.language()), 300)));
    }
}
