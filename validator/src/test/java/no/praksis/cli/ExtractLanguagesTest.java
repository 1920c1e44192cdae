package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.render.HostilePdfs;

/**
 * Whatever is wrong with a PDF given to {@code praksis extract} (and {@code verify}, which reads it
 * the same way) is said in the language of the run: bokmål by default, nynorsk and English with
 * {@code --lang}; never PDFBox's or Java's English, and never bokmål in another language.
 */
class ExtractLanguagesTest {

    private static final String PAGES = "<< /Type /Pages /Kids [] /Count 0 >>";

    @TempDir
    Path directory;

    /** Each class of failure, with what is said of it in bokmål, nynorsk and English. */
    private record Failure(String name, byte[] pdf, String nb, String nn, String en) {
    }

    private List<Failure> failures() throws IOException {
        byte[] empty = HostilePdfs.handWritten(new String[] {"<< /Type /Catalog /Pages 2 0 R >>", PAGES},
                Map.of(), null, null);
        byte[] yaml = "avtale: 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] flate = HostilePdfs.encode(yaml, COSName.FLATE_DECODE);
        return List.of(
                new Failure("ikke-pdf.pdf", "dette er ikke en pdf".getBytes(StandardCharsets.UTF_8),
                        "kan ikke leses som PDF (filen er ikke en PDF).",
                        "kan ikkje lesast som PDF (fila er ikkje ein PDF).",
                        "cannot be read as a PDF (the file is not a PDF)."),
                // Cut off before its cross-reference stream: PDFBox, reading strictly, has its own words for that.
                new Failure("avkuttet.pdf", Arrays.copyOf(empty, empty.length / 2),
                        "kan ikke leses som PDF (PDF-en er skadet, eller bygd på en måte som en kontrakt fra praksis aldri er).",
                        "kan ikkje lesast som PDF (PDF-en er skadd, eller bygd på ein måte som ein kontrakt frå praksis aldri er).",
                        "cannot be read as a PDF (the PDF is damaged, or built in a way a praksis contract never is)."),
                // PDFBox cannot open it without the user password, and says so in English.
                new Failure("passord.pdf", encrypted("bruker"),
                        "kan ikke leses som PDF (PDF-en er kryptert; det er en kontrakt fra praksis aldri).",
                        "kan ikkje lesast som PDF (PDF-en er kryptert; det er ein kontrakt frå praksis aldri).",
                        "cannot be read as a PDF (the PDF is encrypted, which a praksis contract never is)."),
                // PDFBox would open this one with the empty user password; praksis refuses it.
                new Failure("kryptert.pdf", encrypted(""),
                        "kan ikke leses som PDF (PDF-en er kryptert; det er en kontrakt fra praksis aldri).",
                        "kan ikkje lesast som PDF (PDF-en er kryptert; det er ein kontrakt frå praksis aldri).",
                        "cannot be read as a PDF (the PDF is encrypted, which a praksis contract never is)."),
                new Failure("bombe.pdf", HostilePdfs.withSource("avtale.yaml",
                        HostilePdfs.flate(new byte[0], LoadLimits.MAX_MAX_BYTES + 1), COSName.FLATE_DECODE, null),
                        "kan ikke leses som PDF (en strøm blir større enn 16777216 byte når den pakkes ut).",
                        "kan ikkje lesast som PDF (ein straum blir større enn 16777216 byte når han blir pakka ut).",
                        "cannot be read as a PDF (a stream decodes to more than 16777216 bytes)."),
                new Failure("filter.pdf", HostilePdfs.withSource("avtale.yaml", yaml, COSName.DCT_DECODE, null),
                        "kan ikke leses som PDF (en strøm bruker filteret /DCTDecode, som en kontrakt fra praksis aldri bruker).",
                        "kan ikkje lesast som PDF (ein straum bruker filteret /DCTDecode, som ein kontrakt frå praksis aldri bruker).",
                        "cannot be read as a PDF (a stream uses the filter /DCTDecode, which a praksis contract never uses)."),
                // Java's words for the broken data ("invalid stored block lengths", …) are not passed on.
                new Failure("ødelagt.pdf", HostilePdfs.withSource("avtale.yaml", Arrays.copyOf(flate, flate.length - 6),
                        COSName.FLATE_DECODE, null),
                        "kan ikke leses som PDF (en komprimert strøm (FlateDecode) er ødelagt).",
                        "kan ikkje lesast som PDF (ein komprimert straum (FlateDecode) er øydelagd).",
                        "cannot be read as a PDF (a compressed stream (FlateDecode) is damaged)."),
                // The metadata of a contract is XML; Java's XML parser would say what is wrong in English.
                new Failure("metadata.pdf", HostilePdfs.handWritten(new String[] {
                    "<< /Type /Catalog /Pages 2 0 R /Metadata 3 0 R /Names << /EmbeddedFiles << /Names [(avtale.yaml) 4 0 R] >> >> >>",
                    PAGES,
                    HostilePdfs.stream("/Type /Metadata /Subtype /XML", "<x:xmpmeta <<".getBytes(StandardCharsets.US_ASCII)),
                    "<< /Type /Filespec /F (avtale.yaml) /AFRelationship /Source /EF << /F 5 0 R >> >>",
                    HostilePdfs.stream("/Type /EmbeddedFile", yaml)}, Map.of(), null, null),
                        "kan ikke leses som PDF (metadataene (XMP) er ikke gyldig XML).",
                        "kan ikkje lesast som PDF (metadataa (XMP) er ikkje gyldig XML).",
                        "cannot be read as a PDF (the metadata (XMP) is not valid XML)."),
                // Not made by praksis: no agreement, or one without the SHA-256 praksis records.
                new Failure("tom.pdf", empty,
                        "inneholder ingen avtale; bare kontrakter laget med praksis render har det.",
                        "inneheld ingen avtale; berre kontraktar laga med praksis render har det.",
                        "holds no agreement; only contracts made with praksis render do."),
                new Failure("fremmed.pdf", HostilePdfs.withSource("avtale.yaml", yaml, null, null),
                        ": ingen SHA-256 for kildeteksten er registrert i metadataene; kontrakten er ikke laget med "
                                + "praksis, eller med en for gammel versjon. Ingen fil ble skrevet.",
                        ": ingen SHA-256 for kjeldeteksten er registrert i metadataa; kontrakten er ikkje laga med "
                                + "praksis, eller med ein for gammal versjon. Inga fil vart skriven.",
                        ": no SHA-256 of the source text is recorded in the metadata; the contract was not made with "
                                + "praksis, or with too old a version. No file was written."));
    }

    private static byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eier", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void everyFailureIsSaidInTheLanguageOfTheRun() throws IOException {
        for (Failure failure : failures()) {
            Path pdf = Files.write(directory.resolve(failure.name()), failure.pdf());
            Path yaml = directory.resolve("avtale.yaml");
            String[][] runs = {{"nb", failure.nb()}, {"nn", failure.nn()}, {"en", failure.en()}};
            for (String[] run : runs) {
                CliTest.Run extract = run[0].equals("nb")
                        ? CliTest.run("extract", pdf.toString(), "-o", yaml.toString())
                        : CliTest.run("extract", "--lang", run[0], pdf.toString(), "-o", yaml.toString());
                String separator = run[1].startsWith(":") ? "" : " ";
                assertThat(extract.err()).as(failure.name() + " in " + run[0])
                        .isEqualTo("praksis: " + pdf + separator + run[1] + "\n");
                assertThat(extract.exitCode()).as(failure.name()).isEqualTo(2);
                assertThat(yaml).as(failure.name()).doesNotExist();
            }
        }
    }

    @Test
    void verifySaysWhyAFileCannotBeReadInTheLanguageOfTheRunToo() throws IOException {
        for (Failure failure : failures()) {
            if (!failure.nb().startsWith("kan ikke leses")) {
                continue;
            }
            Path pdf = Files.write(directory.resolve(failure.name()), failure.pdf());
            CliTest.Run nn = CliTest.run("verify", "--lang", "nn", pdf.toString());
            assertThat(nn.err()).as(failure.name()).isEqualTo("praksis: " + pdf + " " + failure.nn() + "\n");
            CliTest.Run en = CliTest.run("verify", "--lang", "en", pdf.toString());
            assertThat(en.err()).as(failure.name()).isEqualTo("praksis: " + pdf + " " + failure.en() + "\n");
            assertThat(nn.exitCode()).isEqualTo(2);
            assertThat(en.exitCode()).isEqualTo(2);
        }
    }
}
