package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.validator.TestAgreements;
import no.praksis.validator.render.HostilePdfs;

/** {@code praksis render} and {@code praksis extract} as a case officer uses them. */
class RenderCommandTest {

    private static final String complete = TestAgreements.complete();

    @TempDir
    Path directory;

    @Test
    void renderWritesTheContractAndExtractGivesBackTheExactYaml() throws IOException {
        Path agreement = directory.resolve("avtale.yaml");
        Files.writeString(agreement, complete);
        Path pdf = directory.resolve("kontrakt.pdf");
        CliTest.Run render = CliTest.run("render", agreement.toString(), "-o", pdf.toString());
        assertThat(render.exitCode()).as(render.out() + render.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

        Path extracted = directory.resolve("tilbake.yaml");
        CliTest.Run extract = CliTest.run("extract", pdf.toString(), "-o", extracted.toString());
        assertThat(extract.exitCode()).isZero();
        assertThat(Files.readAllBytes(extracted)).isEqualTo(Files.readAllBytes(agreement));
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("no temporary files are left").containsExactly("avtale.yaml", "kontrakt.pdf", "tilbake.yaml");
        }
    }

    @Test
    void anAgreementWithErrorsIsRefusedAndNothingIsWritten() throws IOException {
        Path agreement = directory.resolve("avtale.yaml");
        Files.writeString(agreement, complete.replace("    organisationNumber: \"997058925\"",
                "    organisationNumber: \"997058924\""));
        Path pdf = directory.resolve("kontrakt.pdf");
        CliTest.Run refused = CliTest.run("render", agreement.toString(), "-o", pdf.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("error CONSISTENCY-ORGANISATION-NUMBER");
        assertThat(refused.err()).contains("blir ikke gjengitt").contains("--draft");
        try (var files = Files.list(directory)) {
            assertThat(files.toList()).containsExactly(agreement);
        }
        CliTest.Run draft = CliTest.run("render", "--draft", agreement.toString(), "-o", pdf.toString());
        assertThat(draft.exitCode()).isZero();
        assertThat(draft.out()).contains("utkast");
        assertThat(pdf).exists();
    }

    @Test
    void anEmojiInASiteNameIsAnErrorAtItsLineAfterWhichNoContractIsMade() throws IOException {
        Path agreement = directory.resolve("avtale.yaml");
        Files.writeString(agreement, complete.replace("    name: Lindelia sykehjem\n", "    name: Lindelia sykehjem 🏡\n"));
        int line = complete.lines().toList().indexOf("    name: Lindelia sykehjem") + 1;
        CliTest.Run validate = CliTest.run("validate", agreement.toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isEqualTo(1);
        assertThat(validate.out()).contains(":" + line + ":11: error YAML-UNDRAWABLE-CHARACTER")
                .contains("U+1F3E1 (HOUSE WITH GARDEN)");
        Path pdf = directory.resolve("kontrakt.pdf");
        CliTest.Run refused = CliTest.run("render", agreement.toString(), "-o", pdf.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains(":" + line + ":11: error YAML-UNDRAWABLE-CHARACTER");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void existingFilesAreNotOverwrittenWithoutForce() throws IOException {
        Path agreement = directory.resolve("avtale.yaml");
        Files.writeString(agreement, complete);
        Path pdf = directory.resolve("kontrakt.pdf");
        Files.writeString(pdf, "en annen fil");
        CliTest.Run refused = CliTest.run("render", agreement.toString(), "-o", pdf.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("finnes allerede");
        assertThat(Files.readString(pdf)).isEqualTo("en annen fil");
        assertThat(CliTest.run("render", "--force", agreement.toString(), "-o", pdf.toString()).exitCode()).isZero();

        CliTest.Run extractRefused = CliTest.run("extract", pdf.toString(), "-o", agreement.toString());
        assertThat(extractRefused.exitCode()).isEqualTo(2);
        assertThat(extractRefused.err()).contains("finnes allerede");
        assertThat(CliTest.run("extract", "--force", pdf.toString(), "-o", agreement.toString()).exitCode()).isZero();
        assertThat(Files.readString(agreement)).isEqualTo(complete);
    }

    @Test
    void renderAndExtractNeverWriteOverTheirOwnInputNotEvenWithForce() throws IOException {
        Path agreement = Files.writeString(directory.resolve("avtale.yaml"), complete);
        Path hardLink = Files.createLink(directory.resolve("lenke.yaml"), agreement);
        Path symbolicLink = Files.createSymbolicLink(directory.resolve("symbolsk.yaml"), agreement);
        for (Path target : List.of(agreement, directory.resolve(".").resolve("avtale.yaml"), hardLink, symbolicLink)) {
            CliTest.Run run = CliTest.run("render", agreement.toString(), "-o", target.toString(), "--force");
            assertThat(run.exitCode()).as(target.toString()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("praksis: " + target + " er avtalefilen " + agreement + ", som blir lest; den "
                    + "blir ikke skrevet over, heller ikke med --force. Velg et annet filnavn.\n");
            assertThat(agreement).hasContent(complete);
            assertThat(Files.isSymbolicLink(symbolicLink)).isTrue();
        }

        Path pdf = directory.resolve("k.pdf");
        assertThat(CliTest.run("render", agreement.toString(), "-o", pdf.toString()).exitCode()).isZero();
        byte[] contract = Files.readAllBytes(pdf);
        Path pdfLink = Files.createLink(directory.resolve("k-lenke.pdf"), pdf);
        Path pdfSymbolicLink = Files.createSymbolicLink(directory.resolve("k-symbolsk.pdf"), pdf);
        for (Path target : List.of(pdf, pdfLink, pdfSymbolicLink)) {
            CliTest.Run run = CliTest.run("extract", pdf.toString(), "-o", target.toString(), "--force");
            assertThat(run.exitCode()).as(target.toString()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("praksis: " + target + " er kontrakten " + pdf + ", som blir lest; den blir "
                    + "ikke skrevet over, heller ikke med --force. Velg et annet filnavn.\n");
            assertThat(Files.readAllBytes(pdf)).isEqualTo(contract);
            assertThat(Files.readAllBytes(pdfLink)).isEqualTo(contract);
        }
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary files are left")
                    .containsExactlyInAnyOrder("avtale.yaml", "lenke.yaml", "symbolsk.yaml", "k.pdf", "k-lenke.pdf",
                            "k-symbolsk.pdf");
        }
    }

    /** {@code praksis ARGS} in its own JVM with {@code work} as its current folder. */
    private CliTest.Run inFolder(Path work, String... args) throws IOException, InterruptedException {
        return ChildCli.run(ChildCli.praksis(List.of("-XX:TieredStopAtLevel=1"), args).directory(work.toFile()), directory);
    }

    @Test
    void withoutOutputTheContractIsNamedByIdAndVersionInTheCurrentFolderAndNotOverwritten() throws Exception {
        Path work = Files.createDirectories(directory.resolve("arbeid"));
        Path agreement = Files.writeString(directory.resolve("avtale.yaml"), complete);
        Path contract = work.resolve("oslomet-baerum-helse-2026-v1.pdf");
        CliTest.Run first = inFolder(work, "render", agreement.toString());
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).isEqualTo("1 fil kontrollert: 1 gyldig, 0 med feil. 0 feil, 0 advarsler, 0 merknader.\n"
                + "praksis: skrev oslomet-baerum-helse-2026-v1.pdf i gjeldende mappe (" + work.toRealPath() + ").\n");
        assertThat(Files.readAllBytes(contract)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        try (var files = Files.list(work)) {
            assertThat(files.toList()).as("the contract only, no temporary file").containsExactly(contract);
        }

        // As with -o: a file that is there already is kept, unless --force.
        Files.writeString(contract, "en annen fil");
        CliTest.Run refused = inFolder(work, "render", agreement.toString(), "--lang", "en");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("praksis: oslomet-baerum-helse-2026-v1.pdf already exists; it is not "
                + "overwritten. Choose another name, or use --force.\n");
        assertThat(contract).hasContent("en annen fil");
        CliTest.Run forced = inFolder(work, "render", agreement.toString(), "--force", "--lang", "en");
        assertThat(forced.exitCode()).as(forced.out() + forced.err()).isZero();
        assertThat(forced.out()).endsWith("praksis: wrote oslomet-baerum-helse-2026-v1.pdf in the current folder ("
                + work.toRealPath() + ").\n");
        assertThat(Files.readAllBytes(contract)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theSkeletonOfInitRendersAsADraftWithItsGapsShownAndNeverAsAContract() throws Exception {
        Path work = Files.createDirectories(directory.resolve("utkast"));
        Path skeleton = work.resolve("ny.yaml");
        assertThat(CliTest.run("init", skeleton.toString(), "--programme", "sykepleier").exitCode()).isZero();
        assertThat(inFolder(work, "render", skeleton.toString()).exitCode()).isEqualTo(1);
        CliTest.Run draft = inFolder(work, "render", "--draft", skeleton.toString());
        assertThat(draft.exitCode()).as(draft.out() + draft.err()).isZero();
        assertThat(draft.out()).contains("PLACEHOLDER").contains("(utkast, ikke til signering)");
        try (var files = Files.list(work)) {
            Path pdf = files.filter(p -> p.toString().endsWith("-utkast.pdf")).findFirst().orElseThrow();
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                assertThat(text).contains("UTKAST – ikke til signering").contains("[mangler]")
                        .contains("Vedlegg: Gjenstående funn").contains("PLACEHOLDER");
            }
        }
    }

    @Test
    void anIdThatIsNoSafeFileNameNeverChoosesWhereTheContractIsWritten() throws Exception {
        // The schema keeps an id to a slug, and a contract is refused when it breaks it; a draft is made
        // whatever its id, so the name it would get is checked, and refused, before anything is written.
        Path work = Files.createDirectories(directory.resolve("arbeid"));
        Path agreement = Files.writeString(directory.resolve("avtale.yaml"), TestAgreements.complete("\"../utenfor\""));
        assertThat(inFolder(work, "render", agreement.toString()).exitCode()).isEqualTo(1);
        CliTest.Run run = inFolder(work, "render", "--draft", agreement.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).contains("error SCHEMA-PATTERN");
        assertThat(run.err()).contains("«../utenfor-v1-utkast.pdf», som ikke er et trygt filnavn");
        try (var files = Files.walk(directory)) {
            assertThat(files.filter(p -> p.toString().endsWith(".pdf")).toList()).isEmpty();
        }
        // Should that change, the name is still checked before anything is written.
        assertThat(RenderCommand.safeName("oslomet-baerum-helse-2026-v1.pdf")).isTrue();
        assertThat(RenderCommand.safeName("bærum-2026-v12.pdf")).isTrue();
        for (String unsafe : List.of("../utenfor-v1.pdf", "mappe/fil-v1.pdf", "mappe\\fil-v1.pdf", ".skjult-v1.pdf",
                "/etc/passwd-v1.pdf", "-v1.pdf", "null-v1.pdf.exe", "a\nb-v1.pdf", "")) {
            assertThat(RenderCommand.safeName(unsafe)).as(unsafe).isFalse();
        }
    }

    @Test
    void aContractThatCannotBeWrittenIsSaidPlainlyAndNothingIsLeftBehind() throws IOException {
        Path agreement = Files.writeString(directory.resolve("avtale.yaml"), complete);
        Path notAFolder = Files.writeString(directory.resolve("kontrakter"), "en fil, ikke en mappe");
        CliTest.Run run = CliTest.run("render", agreement.toString(), "-o", notAFolder.resolve("k.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("praksis: kunne ikke lese eller skrive ").contains("Ingen fil ble endret.")
                .doesNotContain("intern feil").doesNotContain("\tat ");
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("avtale.yaml", "kontrakter");
        }
        assertThat(notAFolder).hasContent("en fil, ikke en mappe");
    }

    @Test
    void aReportIsNeverWrittenOverTheAgreementItReportsOn() throws IOException {
        Path agreement = Files.writeString(directory.resolve("avtale.yaml"), complete);
        CliTest.Run run = CliTest.run("validate", agreement.toString(), "--format", "json", "--output",
                directory.resolve(".").resolve("avtale.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("er avtalefilen " + agreement);
        assertThat(agreement).hasContent(complete);
    }

    /** A PDF, not made by praksis, with {@code content} embedded as its source under {@code name}, compressed. */
    private Path pdfWithSource(String name, byte[] content) throws IOException {
        return Files.write(directory.resolve("laget-et-annet-sted.pdf"),
                HostilePdfs.withEncodedSource(name, content, COSName.FLATE_DECODE));
    }

    @Test
    void theNameInsideAContractNeverChoosesWhereAFileIsWritten() throws IOException {
        Path work = Files.createDirectories(directory.resolve("arbeid"));
        Path pdf = pdfWithSource("../utenfor.yaml", complete.getBytes(StandardCharsets.UTF_8));
        CliTest.Run run = CliTest.run("extract", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("«../utenfor.yaml», som ikke er et trygt filnavn").contains("-o");
        assertThat(directory.resolve("utenfor.yaml")).doesNotExist();
        assertThat(work.getParent().resolve("utenfor.yaml")).doesNotExist();
        Path chosen = work.resolve("valgt.yaml");
        assertThat(CliTest.run("extract", pdf.toString(), "-o", chosen.toString()).exitCode()).isZero();
        assertThat(chosen).hasContent(complete);
    }

    @Test
    void extractDoesNotExpandAnEmbeddedFileWithoutBound() throws IOException {
        // 20 MiB of zeros compress to some 20 KB: more than any agreement that could have been rendered.
        Path bomb = pdfWithSource("bombe.yaml", new byte[20 * 1024 * 1024]);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        CliTest.Run run = CliTest.run("extract", bomb.toString(), "-o", directory.resolve("bombe.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("praksis: " + bomb + " kan ikke leses som PDF (en strøm blir større enn 16777216 byte "
                + "når den pakkes ut).\n");
        assertThat(directory.resolve("bombe.yaml")).doesNotExist();
    }

    @Test
    void renderWritesToAFileNeverToOneCalledDash() throws IOException {
        Path agreement = Files.writeString(directory.resolve("avtale.yaml"), complete);
        CliTest.Run run = CliTest.run("render", agreement.toString(), "-o", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("oppgi et filnavn med -o");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void renderDoesNotReadWhatIsNotAFile() {
        Path pdf = directory.resolve("k.pdf");
        CliTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliTest.run("render", "/dev/zero", "-o", pdf.toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("/dev/zero:1:1: error parse Dette er ikke en vanlig fil");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void extractDoesNotReadWhatIsNotAFile() {
        CliTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliTest.run("extract", "/dev/zero"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("praksis: /dev/zero er ikke en vanlig fil.\n");
    }

    @Test
    void extractNamesWhatIsWrongWithAFileThatIsNoContract() throws IOException {
        Path notPdf = directory.resolve("ikke.pdf");
        Files.writeString(notPdf, "dette er ikke en pdf");
        CliTest.Run run = CliTest.run("extract", notPdf.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("kan ikke leses som PDF");
    }
}
