package no.praksis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import no.praksis.cli.Main;

/** {@code praksis serve} as the command line gives it. */
class ServeCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(args, new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]));
        return (out + err.toString()).replaceAll("\\s+", " ");
    }

    @Test
    void theCommandLineFindsServeAndGivesItsHelpInEachLanguage() {
        assertThat(run("--help")).contains("serve").contains("Starter nettsiden for saksbehandlere");
        assertThat(run("serve", "--help", "--lang", "nn")).startsWith("Bruk: praksis serve").contains("--port=PORT")
                .contains("Porten sida lyttar på");
        assertThat(run("serve", "--help", "--lang", "en")).contains("this machine only").contains("Show this help");
    }

    @Test
    void itPrintsTheAddressServesThePageAndStopsCleanly() throws Exception {
        ServeCommand command = new ServeCommand();
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts("nb"));
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> line.execute("--port", "0"));
        Matcher address = Pattern.compile("siden er klar på (http://127\\.0\\.0\\.1:[0-9]+/) ").matcher("");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!address.reset(out.toString()).find() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(address.find(0)).as(out.toString()).isTrue();
        HttpResponse<String> schema = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(address.group(1) + "api/schema")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(schema.statusCode()).isEqualTo(200);
        command.stopped.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aBadPortFolderOrTokenIsAUsageError() {
        assertThat(run("serve", "--port", "70000")).contains("porten må være et tall fra 0 til 65535");
        assertThat(run("serve", "--dir", "/finnes/ikke")).contains("/finnes/ikke er ingen mappe");
        assertThat(run("serve", "--host", "0.0.0.0", "--token", "kort")).contains("minst 16 tegn");
    }

    @Test
    void aPortInUseIsSaidPlainly() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(run("serve", "--port", String.valueOf(taken.getLocalPort())))
                    .contains("kan ikke lytte på 127.0.0.1:" + taken.getLocalPort()).doesNotContain("Exception");
        }
    }
}
