package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import no.praksis.schema.JsonText;
import no.praksis.validator.TestAgreements;

/** {@code praksis diff OLD NEW} as a lawyer and a pull-request check run it. */
class DiffCommandTest {

    @TempDir
    Path directory;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }

    private Path v1() throws IOException {
        return write("v1.yaml", TestAgreements.complete());
    }

    private Path v2(String version) throws IOException {
        return write("v2.yaml", TestAgreements.complete().replace("version: 1\n", "version: " + version + "\n")
                .replace("minimumPlacements: 12", "minimumPlacements: 10"));
    }

    @Test
    void aNewVersionListsItsChangesAndPasses() throws IOException {
        CliTest.Run run = CliTest.run("diff", v1().toString(), v2("2").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("(versjon 1) til ").contains("(versjon 2): 1 endring, 1 vesentlige.")
                .contains("Kapasitet, endret /capacity/commitments/0/minimumPlacements (vesentlig): 12 → 10");
    }

    @Test
    void aChangeWithoutANewVersionFailsWithTheFindingAtTheVersionLine() throws IOException {
        CliTest.Run run = CliTest.run("diff", v1().toString(), v2("1").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("v2.yaml:5:10: error DIFF-VERSION-NOT-RAISED").contains("Øk version til 2.");
    }

    @Test
    void jsonAndMarkdownAreForScriptsAndPullRequests() throws IOException {
        CliTest.Run json = CliTest.run("diff", "--format", "json", v1().toString(), v2("2").toString());
        assertThat(json.exitCode()).isZero();
        assertThat(JsonText.MAPPER.readTree(json.out()).at("/summary/material").asInt()).isEqualTo(1);
        CliTest.Run markdown = CliTest.run("diff", "--format", "markdown", "--lang", "en", v1().toString(),
                v2("2").toString());
        assertThat(markdown.out()).contains("| Section | Change | Material |")
                // The section is named by the schema's title in the report's language.
                .contains("| Capacity | changed `/capacity/commitments/0/minimumPlacements`: 12 → 10 | yes |");
    }

    @Test
    void aFileThatCannotBeReadOrParsedIsExitTwoWithItsFinding() throws IOException {
        CliTest.Run missing = CliTest.run("diff", directory.resolve("finnes-ikke.yaml").toString(), v2("2").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out()).contains("finnes-ikke.yaml:1:1: error parse");
        Path broken = write("ødelagt.yaml", "id: [uavsluttet\n");
        CliTest.Run unparsed = CliTest.run("diff", broken.toString(), v2("2").toString());
        assertThat(unparsed.exitCode()).isEqualTo(2);
        assertThat(unparsed.out()).contains("ble ikke sammenlignet").contains("ødelagt.yaml:");
        CliTest.Run format = CliTest.run("diff", "--format", "pdf", v1().toString(), v2("2").toString());
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("ukjent format «pdf»");
    }

    /** A repository with v1 of two agreements committed, then v2 of one, one deleted and one new in the working tree. */
    private Path repository() throws Exception {
        Path repo = Files.createDirectories(directory.resolve("repo"));
        Path agreements = Files.createDirectories(repo.resolve("avtaler"));
        String asker = TestAgreements.complete("oslomet-asker-2026");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(repo.toFile()).call()) {
            Files.writeString(agreements.resolve("baerum.yaml"), TestAgreements.complete());
            Files.writeString(agreements.resolve("asker.yaml"), asker);
            Files.writeString(repo.resolve("README.md"), "Avtalene\n");
            git.add().addFilepattern(".").call();
            org.eclipse.jgit.lib.PersonIdent who = new org.eclipse.jgit.lib.PersonIdent("Test", "test@example.org");
            git.commit().setMessage("Versjon 1").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        Files.writeString(agreements.resolve("baerum.yaml"), TestAgreements.complete().replace("version: 1\n", "version: 2\n")
                .replace("minimumPlacements: 12", "minimumPlacements: 10"));
        Files.delete(agreements.resolve("asker.yaml"));
        Files.writeString(agreements.resolve("ny.yaml"), TestAgreements.complete("oslomet-ny-2026"));
        Files.writeString(repo.resolve("README.md"), "Avtalene, endret\n");
        return repo;
    }

    @Test
    void anOldVersionIsReadFromTheGitRepositoryThatHoldsTheFile() throws Exception {
        Path file = repository().resolve("avtaler/baerum.yaml");
        CliTest.Run run = CliTest.run("diff", "HEAD:" + file, file.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("(versjon 1) til ").contains("(versjon 2): 1 endring, 1 vesentlige.");
        CliTest.Run unknown = CliTest.run("diff", "finnes-ikke:" + file, file.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("kjenner ikke revisjonen finnes-ikke");
    }

    @Test
    void sinceARevisionEveryChangedAgreementIsComparedNewAndDeletedOnesNamed() throws Exception {
        Path repo = repository();
        CliTest.Run run = CliTest.run("diff", "--since", "HEAD", "--format", "markdown", repo.resolve("avtaler").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("### oslomet-asker-2026").contains("Slettet: ")
                .contains("### Endringer i oslomet-baerum-helse-2026: versjon 1 til 2")
                .contains("| Kapasitet | endret `/capacity/commitments/0/minimumPlacements`: 12 → 10 | ja |")
                .contains("### oslomet-ny-2026").contains("Ny avtale: ").doesNotContain("README");
        // Sorted by path: asker, baerum, ny.
        assertThat(run.out().indexOf("asker")).isLessThan(run.out().indexOf("baerum"));
        assertThat(run.out().indexOf("baerum")).isLessThan(run.out().indexOf("oslomet-ny"));
        JsonNode json = JsonText.MAPPER.readTree(CliTest.run("diff", "--since", "HEAD", "--format", "json",
                repo.resolve("avtaler").toString()).out());
        assertThat(json.at("/amendments")).extracting(a -> a.path("status").asString())
                .containsExactly("deleted", "amended", "new");
        assertThat(json.at("/summary/material").asInt()).isEqualTo(1);
    }

    @Test
    void aRedlineIsRenderedAgainstAFileOrAnOldVersionInGit() throws Exception {
        Path file = repository().resolve("avtaler/baerum.yaml");
        Path pdf = directory.resolve("redline.pdf");
        CliTest.Run run = CliTest.run("render", file.toString(), "--changes-from", "HEAD:" + file, "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("(endringer fra HEAD:");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("(?U)\\s+", " ");
            assertThat(text).contains("Endringer fra versjon 1").contains("12 → 10").contains("UTKAST – ikke til signering");
        }
        CliTest.Run again = CliTest.run("render", file.toString(), "--changes-from", "HEAD:" + file, "-o", pdf.toString());
        assertThat(again.exitCode()).as("an existing file is kept").isEqualTo(2);
        Path broken = write("ødelagt.yaml", "id: [uavsluttet\n");
        CliTest.Run unparsed = CliTest.run("render", file.toString(), "--changes-from", broken.toString(), "-o",
                directory.resolve("annen.pdf").toString());
        assertThat(unparsed.exitCode()).isEqualTo(2);
        assertThat(unparsed.err()).contains("kan ikke lages en endringsutgave");
        assertThat(directory.resolve("annen.pdf")).doesNotExist();
    }
}
