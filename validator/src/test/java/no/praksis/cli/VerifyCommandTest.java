package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.validator.TestAgreements;
import no.praksis.validator.render.ContractSource;
import no.praksis.validator.render.HostilePdfs;

/**
 * {@code praksis extract} checks what it extracts, and {@code praksis verify} says whether a
 * contract's embedded agreement is the one it was made from: on a genuine contract, on one whose
 * attachment was replaced behind its unchanged pages, and on PDFs that praksis did not make.
 */
class VerifyCommandTest {

    private static final String complete = TestAgreements.complete();
    private static final String SHA256 = ContractSource.sha256(complete.getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path directory;

    private Path agreement;
    private Path contract;

    @BeforeEach
    void render() throws IOException {
        agreement = Files.writeString(directory.resolve("avtale.yaml"), complete);
        contract = directory.resolve("kontrakt.pdf");
        CliTest.Run render = CliTest.run("render", agreement.toString(), "-o", contract.toString());
        assertThat(render.exitCode()).as(render.err()).isZero();
    }

    @Test
    void theChecksAreSaidInNynorskAndInEnglish() {
        CliTest.Run nn = CliTest.run("verify", "--lang", "nn", contract.toString(), agreement.toString());
        assertThat(nn.out()).contains(contract + ": ok: sidene oppgir den same SHA-256.\n")
                .contains(contract + ": ok: " + agreement + " er byte for byte lik kjeldeteksten.\n")
                .endsWith("praksis: alle dei 4 kontrollane held.\n");
        CliTest.Run en = CliTest.run("verify", "--lang", "en", contract.toString(), agreement.toString());
        assertThat(en.out()).contains(contract + ": ok: the pages give the same SHA-256.\n")
                .endsWith("praksis: all 4 checks hold.\n");
        CliTest.Run missing = CliTest.run("extract", "--lang", "en", directory.resolve("borte.pdf").toString());
        assertThat(missing.err()).isEqualTo("praksis: " + directory.resolve("borte.pdf") + " does not exist.\n");
    }

    @Test
    void aGenuineContractHoldsAndIsTheAgreementItWasMadeFrom() throws IOException {
        CliTest.Run alone = CliTest.run("verify", contract.toString());
        assertThat(alone.exitCode()).as(alone.out() + alone.err()).isZero();
        assertThat(alone.out()).isEqualTo(contract + ": ok: SHA-256 av kildeteksten er " + SHA256
                + ", den som er registrert i metadataene.\n"
                + contract + ": ok: sidene oppgir den samme SHA-256.\n"
                + contract + ": ok: kildeteksten er gyldig UTF-8 (" + complete.getBytes(StandardCharsets.UTF_8).length
                + " byte).\n"
                + "praksis: alle 3 kontrollene holder.\n");
        assertThat(alone.err()).isEmpty();

        CliTest.Run same = CliTest.run("verify", contract.toString(), agreement.toString());
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).contains(contract + ": ok: " + agreement + " er byte for byte lik kildeteksten.\n")
                .endsWith("praksis: alle 4 kontrollene holder.\n");

        CliTest.Run fromStandardInput = CliTest.run(new ByteArrayInputStream(complete.getBytes(StandardCharsets.UTF_8)),
                "verify", contract.toString(), "-");
        assertThat(fromStandardInput.exitCode()).isZero();

        // One character changed on line 3: the file is not the source, and the line is named.
        String changed = complete.replaceFirst("(?m)^(id: .*)$", "$1x");
        Path other = Files.writeString(directory.resolve("annen.yaml"), changed);
        CliTest.Run different = CliTest.run("verify", contract.toString(), other.toString());
        assertThat(different.exitCode()).isEqualTo(1);
        int at = complete.indexOf('\n', complete.indexOf("\nid: ") + 1);
        int line = (int) complete.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertThat(different.out()).contains(contract + ": feil: " + other + " er ikke lik kildeteksten: SHA-256 av filen er "
                        + ContractSource.sha256(changed.getBytes(StandardCharsets.UTF_8)) + ", av kildeteksten " + SHA256
                        + "; første forskjell er i byte nr. " + (at + 1) + ", på linje " + line + ".\n")
                .endsWith("praksis: 1 av 4 kontroller holder ikke.\n");
    }

    @Test
    void anAttachmentReplacedBehindUnchangedPagesIsRefusedByExtractAndFailsVerify() throws IOException {
        String forged = complete.replace("minimumPlacements: 12", "minimumPlacements: 2");
        assertThat(forged).isNotEqualTo(complete);
        String forgedSha256 = ContractSource.sha256(forged.getBytes(StandardCharsets.UTF_8));
        Path tampered = Files.write(directory.resolve("endret.pdf"),
                HostilePdfs.tampered(Files.readAllBytes(contract), forged.getBytes(StandardCharsets.UTF_8), false));

        Path extracted = directory.resolve("ut.yaml");
        CliTest.Run extract = CliTest.run("extract", tampered.toString(), "-o", extracted.toString());
        assertThat(extract.exitCode()).isEqualTo(2);
        assertThat(extract.err()).isEqualTo("praksis: " + tampered + ": kildeteksten er endret etter at kontrakten ble "
                + "laget: SHA-256 av vedlegget er " + forgedSha256 + ", men metadataene registrerer " + SHA256
                + ". Ingen fil ble skrevet.\n");
        assertThat(extracted).doesNotExist();
        assertThat(CliTest.run("extract", tampered.toString(), "-o", "-").exitCode()).isEqualTo(2);

        CliTest.Run verify = CliTest.run("verify", tampered.toString(), agreement.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains(tampered + ": feil: kildeteksten er endret etter at kontrakten ble laget")
                .contains(tampered + ": feil: sidene oppgir SHA-256 " + SHA256 + ", men vedlegget har " + forgedSha256)
                .contains(tampered + ": feil: " + agreement + " er ikke lik kildeteksten")
                .endsWith("praksis: 3 av 4 kontroller holder ikke.\n");
    }

    @Test
    void replacingTheRecordedSumAlongWithTheAttachmentStillFailsOnThePrintedSum() throws IOException {
        String forged = complete.replace("minimumPlacements: 12", "minimumPlacements: 2");
        Path tampered = Files.write(directory.resolve("endret.pdf"),
                HostilePdfs.tampered(Files.readAllBytes(contract), forged.getBytes(StandardCharsets.UTF_8), true));
        CliTest.Run verify = CliTest.run("verify", tampered.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains(tampered + ": ok: SHA-256 av kildeteksten er "
                        + ContractSource.sha256(forged.getBytes(StandardCharsets.UTF_8)) + ", den som er registrert")
                .contains(tampered + ": feil: sidene oppgir SHA-256 " + SHA256 + ", men vedlegget har ")
                .endsWith("praksis: 1 av 3 kontroller holder ikke.\n");
    }

    @Test
    void binaryContentIsRefusedEvenWithItsSumRecorded() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xff};
        Path binary = Files.write(directory.resolve("binaer.pdf"), HostilePdfs.withEncodedSource("bilde.yaml", png,
                COSName.FLATE_DECODE));
        CliTest.Run extract = CliTest.run("extract", binary.toString(), "-o", directory.resolve("bilde.yaml").toString());
        assertThat(extract.exitCode()).isEqualTo(2);
        assertThat(extract.err()).isEqualTo("praksis: " + binary + ": kildeteksten er ikke gyldig UTF-8 (byte nr. 1 er "
                + "feil); det er ikke en avtale. Ingen fil ble skrevet.\n");
        assertThat(directory.resolve("bilde.yaml")).doesNotExist();

        CliTest.Run verify = CliTest.run("verify", binary.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains(binary + ": feil: kildeteksten er ikke gyldig UTF-8 (byte nr. 1 er feil)")
                .contains(binary + ": feil: ingen SHA-256 står på sidene");
    }

    @Test
    void aPdfWithoutARecordedSumIsNotTakenForAContract() throws IOException {
        Path foreign = Files.write(directory.resolve("annen.pdf"), HostilePdfs.withSource("avtale.yaml",
                complete.getBytes(StandardCharsets.UTF_8), null, null));
        CliTest.Run extract = CliTest.run("extract", foreign.toString(), "-o", directory.resolve("ut.yaml").toString());
        assertThat(extract.exitCode()).isEqualTo(2);
        assertThat(extract.err()).isEqualTo("praksis: " + foreign + ": ingen SHA-256 for kildeteksten er registrert i "
                + "metadataene; kontrakten er ikke laget med praksis, eller med en for gammel versjon. Ingen fil ble skrevet.\n");
        CliTest.Run verify = CliTest.run("verify", foreign.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains(foreign + ": feil: ingen SHA-256 for kildeteksten er registrert i metadataene");

        Path empty = Files.write(directory.resolve("tom.pdf"), HostilePdfs.handWritten(
                new String[] {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"},
                java.util.Map.of(), null, null));
        CliTest.Run none = CliTest.run("verify", empty.toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.out()).isEqualTo(empty + ": feil: inneholder ingen kildetekst (YAML); bare kontrakter laget med "
                + "praksis render har det.\npraksis: 1 av 1 kontroller holder ikke.\n");
    }

    @Test
    void whatCannotBeReadIsOneLineAndExitTwo() throws IOException {
        Path notPdf = Files.writeString(directory.resolve("ikke.pdf"), "dette er ikke en pdf");
        CliTest.Run unreadable = CliTest.run("verify", notPdf.toString());
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err()).startsWith("praksis: " + notPdf + " kan ikke leses som PDF (").hasLineCount(1);
        assertThat(unreadable.out()).isEmpty();

        // An encrypted copy of the contract: PDFBox would decrypt it with the empty user password.
        Path encrypted = directory.resolve("kryptert.pdf");
        try (PDDocument document = Loader.loadPDF(contract.toFile())) {
            document.protect(new StandardProtectionPolicy("eier", "", new AccessPermission()));
            document.save(encrypted.toFile());
        }
        for (String command : new String[] {"extract", "verify"}) {
            CliTest.Run run = CliTest.run(command, encrypted.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("praksis: " + encrypted + " kan ikke leses som PDF (PDF-en er kryptert; det "
                    + "er en kontrakt fra praksis aldri).\n");
        }

        CliTest.Run device = CliTest.run("verify", contract.toString(), "/dev/zero");
        assertThat(device.exitCode()).isEqualTo(2);
        assertThat(device.err()).startsWith("praksis: /dev/zero: Dette er ikke en vanlig fil").hasLineCount(1);

        CliTest.Run missing = CliTest.run("verify", directory.resolve("borte.pdf").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("praksis: " + directory.resolve("borte.pdf") + " finnes ikke.\n");

        assertThat(CliTest.run("verify").exitCode()).isEqualTo(2);
    }
}
