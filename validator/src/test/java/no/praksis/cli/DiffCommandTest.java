package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                // The schema has its titles in bokmål and nynorsk only: an English report names the section in bokmål.
                .contains("| Kapasitet | changed `/capacity/commitments/0/minimumPlacements`: 12 → 10 | yes |");
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
}
