package no.praksis.cli;

import static no.praksis.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.cli.CliTest.Run;
import no.praksis.validator.TestAgreements;

/**
 * What goes wrong around the tool rather than in the input: memory or stack running out, standard
 * output that cannot be written, a machine without a UTF-8 locale. Each is one plain line and exit
 * code 2, never a stack trace and never a report cut short that passes for whole.
 */
class ProcessFailuresCliTest {

    @TempDir
    Path directory;

    /** Standard input that fails with {@code error} when read: the error arises inside a command. */
    private static InputStream failing(Supplier<Error> error) {
        return new InputStream() {
            @Override
            public int read() {
                throw error.get();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw error.get();
            }
        };
    }

    private static void assertOneLineAboutMemory(Run run) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("praksis: kjøringen ble avbrutt fordi minnet (eller stakken) tok slutt.")
                .doesNotContain("Error", "\tat ");
    }

    @Test
    void memoryOrStackRunningOutInsideACommandIsOneLineAndExitTwo() {
        assertOneLineAboutMemory(run(failing(StackOverflowError::new), "validate", "-"));
        assertOneLineAboutMemory(run(failing(() -> new OutOfMemoryError("Java heap space")), "validate", "-"));
    }

    @Test
    void memoryRunningOutForRealIsOneLineAndExitTwo() throws Exception {
        // A 4 MB agreement in a 24 MB heap: the JVM starts, the file does not fit.
        String big = TestAgreements.complete() + ("# " + "x".repeat(1000) + "\n").repeat(4000);
        Path file = Files.writeString(directory.resolve("stor.yaml"), big);
        assertOneLineAboutMemory(CliTest.inOwnJvm(directory, "24m", "validate", file.toString()));
    }

    @Test
    void aReportThatCannotBeWrittenToStandardOutputFailsTheRun() throws IOException {
        Path file = Files.writeString(directory.resolve("avtale.yaml"), TestAgreements.complete());
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"validate", "--format", "json", file.toString()}, new PrintWriter(closed),
                new PrintWriter(err), InputStream.nullInputStream());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("praksis: kunne ikke skrive til standard ut (disken er full, eller "
                + "mottakeren er lukket); rapporten er ufullstendig.\n");
    }

    @Test
    void aFullDiskUnderStandardOutputFailsTheRun() throws Exception {
        Path file = Files.writeString(directory.resolve("avtale.yaml"), TestAgreements.complete());
        Process process = ChildCli.praksis(List.of(), "validate", "--format", "json", file.toString())
                .redirectOutput(new File("/dev/full")).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err).contains("kunne ikke skrive til standard ut").doesNotContain("\tat ");
    }

    @Test
    void withoutAnyLocaleAFileNameWithNorwegianLettersIsExplainedAndTheOutputIsStillUtf8() throws Exception {
        Path file = Files.writeString(Files.createDirectories(directory.resolve("bærum")).resolve("avtale.yaml"),
                TestAgreements.complete());
        ProcessBuilder builder = ChildCli.praksis(List.of(), "validate", file.toString());
        builder.environment().clear(); // as `env -i`: Java then takes file names and output as ASCII
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out + err).isEqualTo(2);
        assertThat(err).startsWith("praksis: et filnavn med æ, ø, å eller andre tegn utenfor ASCII kan ikke brukes "
                + "fordi Java er startet uten UTF-8-locale").contains("Start med LC_ALL=C.UTF-8").endsWith(".\n");

        // The folder given instead: the walk finds the file, and the report speaks Norwegian in UTF-8.
        ProcessBuilder walk = ChildCli.praksis(List.of(), "validate", directory.toString());
        walk.environment().clear();
        Process walking = walk.start();
        String report = new String(walking.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(walking.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(report).isEqualTo("1 fil kontrollert: 1 gyldig, 0 med feil. 0 feil, 0 advarsler, 0 merknader.\n");
        assertThat(walking.exitValue()).isZero();
    }
}
