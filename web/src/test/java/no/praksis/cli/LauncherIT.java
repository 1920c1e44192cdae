package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.cli.CliTest.Run;
import no.praksis.validator.TestAgreements;

/**
 * The packaged command line through the {@code ./praksis} launcher, as a user or a CI job starts it,
 * in an environment as bare as {@code env -i} gives: no locale, no HOME, no JAVA_HOME.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("praksis.root", "..")).resolve("praksis")
            .toAbsolutePath().normalize();

    @TempDir
    Path directory;

    /** {@code env -i PATH=<java's folder>:/usr/bin:/bin ./praksis ARGS}. */
    private Run bare(String... args) throws IOException, InterruptedException {
        return ChildCli.run(ChildCli.bare(LAUNCHER, Map.of(), args), directory);
    }

    @Test
    void withoutAnyLocaleFileNamesAndReportsAreUtf8() throws Exception {
        Path folder = Files.createDirectories(directory.resolve("bærum-og-asker"));
        Path good = Files.writeString(folder.resolve("særavtale.yaml"), TestAgreements.complete());
        Path bad = Files.writeString(folder.resolve("feil-på-kommunenummer.yaml"),
                TestAgreements.complete("oslomet-baerum-helse-2027")
                .replaceFirst("municipalityNumber: \"3201\"", "municipalityNumber: \"9998\""));

        Run run = bare("validate", good.toString(), bad.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).startsWith(bad + ":").contains("Kommunenummeret 9998 for")
                .endsWith("2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n");
    }

    /**
     * {@code ./praksis serve} is the shipped command line's too: it prints its address, answers there
     * with the page, and stops on Ctrl-C (SIGINT) without a word on standard error.
     */
    @Test
    void theLauncherServesThePageAndStopsOnCtrlC() throws Exception {
        Path err = directory.resolve("serve-err.txt");
        Process serve = ChildCli.bare(LAUNCHER, Map.of(), "serve", "--port", "0").redirectError(err.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as(Files.readString(err)).startsWith("praksis: siden er klar på http://127.0.0.1:");
            Matcher address = Pattern.compile("(http://\\S+/)").matcher(line);
            assertThat(address.find()).isTrue();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(address.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"nb\"");

            new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).start().waitFor();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("serve stops on SIGINT").isTrue();
            // A JVM that ends by a signal exits 128 + its number, as a shell reports Ctrl-C.
            assertThat(serve.exitValue()).isEqualTo(130);
            assertThat(Files.readString(err)).isEmpty();
        } finally {
            serve.destroyForcibly();
        }
    }
}
