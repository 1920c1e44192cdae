package no.praksis.cli;

import static no.praksis.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.cli.CliTest.Run;
import no.praksis.schema.JsonText;
import no.praksis.validator.TestAgreements;

/**
 * Reports and contracts written to what is not a regular file — a device, a named pipe, the
 * process's standard output, a descriptor from the shell — go into it; the thing itself stays what
 * it was. Before, the report was written beside it and renamed over it: as root, /dev/null became a
 * regular file and /dev/stdout lost its link, and with it the report.
 */
class OutputTargetsTest {

    @TempDir
    Path directory;

    private Path agreement() throws IOException {
        return Files.writeString(directory.resolve("avtale.yaml"), TestAgreements.complete());
    }

    private static BasicFileAttributes itself(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private Path made(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean made = process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        assumeTrue(made, () -> String.join(" ", command) + " works here");
        return Path.of(command[command.length - (command[0].equals("mknod") ? 4 : 1)]);
    }

    @Test
    void aReportForANamedPipeGoesIntoThePipeAndThePipeStays() throws Exception {
        Path agreement = agreement();
        Path pipe = made("mkfifo", directory.resolve("rapport.sarif").toString());
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(pipe);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run("validate", agreement.toString(), "--format", "sarif", "--output", pipe.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        String sarif = new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertThat(JsonText.MAPPER.readTree(sarif).path("version").asString()).isEqualTo("2.1.0");
        assertThat(itself(pipe).isOther()).as("still a named pipe").isTrue();
        assertThat(directory.toFile().list()).containsExactlyInAnyOrder("avtale.yaml", "rapport.sarif");
    }

    @Test
    void aDeviceIsWrittenIntoAndStaysADevice() throws Exception {
        // A null device of our own, in the test's folder: the machine's /dev is never touched.
        Path device = directory.resolve("null");
        made("mknod", device.toString(), "c", "1", "3");
        assumeTrue(Files.isWritable(device), "devices can be opened in the test folder (not mounted nodev)");
        Path agreement = agreement();

        Run report = run("validate", agreement.toString(), "--format", "sarif", "--output", device.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(itself(device).isOther()).as("still a device after a report").isTrue();

        // Nothing is overwritten by writing into a device, so no --force is needed; with it, the same.
        Run contract = run("render", agreement.toString(), "-o", device.toString());
        assertThat(contract.exitCode()).as(contract.err()).isZero();
        Run forced = run("render", agreement.toString(), "-o", device.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(itself(device).isOther()).as("still a device after render").isTrue();
        assertThat(directory.toFile().list()).containsExactlyInAnyOrder("avtale.yaml", "null");
    }

    @Test
    void aLinkToAReportIsKeptAndTheFileItLeadsToIsReplaced() throws IOException {
        Path agreement = agreement();
        Path real = Files.writeString(Files.createDirectories(directory.resolve("rapporter")).resolve("praksis.json"),
                "gammel");
        Path link = Files.createSymbolicLink(directory.resolve("praksis.json"), Path.of("rapporter/praksis.json"));
        Run run = run("validate", agreement.toString(), "--format", "json", "--output", link.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
        assertThat(JsonText.MAPPER.readTree(real.toFile()).at("/summary/files").asInt()).isEqualTo(1);
        assertThat(directory.resolve("rapporter").toFile().list()).containsExactly("praksis.json");
    }

    @Test
    void aReportForStandardOutputsDescriptorReachesItWhetherItIsAFileOrAPipe() throws Exception {
        // /dev/stdout is a link to /proc/self/fd/1. The test names /proc/self/fd/1 and /dev/fd/1
        // instead: should the fix ever be lost, a rename there fails, where one over /dev/stdout would
        // replace the machine's own link (as it did, as root, before the fix).
        Path agreement = agreement();
        // Standard output redirected to a file, as `> rapport.sarif` does.
        Path file = directory.resolve("ut.sarif");
        Process toFile = ChildCli.praksis(List.of(), "validate", agreement.toString(), "--format", "sarif",
                "--output", "/proc/self/fd/1").redirectOutput(file.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(toFile.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(toFile.exitValue()).isZero();
        assertThat(JsonText.MAPPER.readTree(file.toFile()).path("version").asString()).isEqualTo("2.1.0");

        // Standard output a pipe, as `| jq` gives, and the descriptor named as /dev/fd/1.
        Process toPipe = ChildCli.praksis(List.of(), "validate", agreement.toString(), "--format", "json",
                "--output", "/dev/fd/1").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] piped = toPipe.getInputStream().readAllBytes();
        assertThat(toPipe.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(toPipe.exitValue()).isZero();
        assertThat(JsonText.MAPPER.readTree(piped).at("/summary/valid").asInt()).isEqualTo(1);
    }

    @Test
    void aReportForAProcessSubstitutionReachesTheCommand() throws Exception {
        Path agreement = agreement();
        Path received = directory.resolve("mottatt.json");
        String praksis = ChildCli.shellCommand(List.of(), "validate", agreement.toString(), "--format", "json",
                "--output");
        // bash gives the command a /dev/fd/N that is a pipe to `cat`.
        Process bash = new ProcessBuilder("bash", "-c", praksis + " >(cat > '" + received + "'); status=$?; wait; exit $status")
                .redirectErrorStream(true).start();
        String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(said).isZero();
        assertThat(JsonText.MAPPER.readTree(received.toFile()).at("/summary/valid").asInt()).isEqualTo(1);
    }

    @Test
    void aContractForStandardOutputIsThePdfAloneAndTheReportGoesToStandardError() throws Exception {
        Path agreement = agreement();
        Path piped = directory.resolve("kontrakt.pdf");
        Path said = directory.resolve("sagt.txt");
        Process process = ChildCli.praksis(List.of(), "render", agreement.toString(), "-o", "/proc/self/fd/1")
                .redirectOutput(piped.toFile()).redirectError(said.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(said)).isZero();
        assertThat(Files.readString(piped, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(Files.readString(said)).contains("1 fil kontrollert").contains("praksis: skrev /proc/self/fd/1.");
        Path source = directory.resolve("kilde.yaml");
        Run extracted = run("extract", piped.toString(), "-o", source.toString());
        assertThat(extracted.exitCode()).as(extracted.err()).isZero();
        assertThat(source).hasSameTextualContentAs(agreement);
    }
}
