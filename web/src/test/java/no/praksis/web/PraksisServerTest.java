package no.praksis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import no.praksis.schema.JsonText;
import no.praksis.validator.TestAgreements;

/** The API the page uses (interfaces v1, revision 1.1), over a real embedded server. */
class PraksisServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PraksisServer server;
    private static String complete;

    @TempDir
    static Path folder;

    @BeforeAll
    static void start() throws IOException {
        complete = TestAgreements.complete();
        Files.writeString(folder.resolve("baerum.yaml"), complete);
        server = PraksisServer.start(new PraksisServer.Settings("127.0.0.1", 0, folder, null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JsonText.MAPPER.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void onThisMachineItListensOnItsOwnAddressAndAsksForNoToken() {
        assertThat(server.address().toString()).startsWith("http://127.0.0.1:" + server.port() + "/");
        assertThat(server.token()).isNull();
    }

    @Test
    void validateAnswersTheReportOfTheAgreementInTheBody() throws Exception {
        HttpResponse<byte[]> valid = post("/api/validate", complete);
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(json(valid).at("/files/0/valid").asBoolean()).isTrue();
        HttpResponse<byte[]> broken = post("/api/validate?lang=nn", complete.replace("  effectiveTo: 2029-07-31\n", "  effectiveTo: 31.07.2029\n"));
        JsonNode finding = json(broken).at("/files/0/findings/0");
        assertThat(finding.path("ruleId").asString()).isEqualTo("SCHEMA-FORMAT");
        assertThat(finding.path("pointer").asString()).isEqualTo("/term/effectiveTo");
        assertThat(finding.path("message").asString()).contains("Skriv datoen som 2029-07-31");
        assertThat(broken.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void renderAnswersTheContractOrTheReportWhenItHasErrorsOrADraft() throws Exception {
        HttpResponse<byte[]> contract = post("/api/render", complete);
        assertThat(contract.statusCode()).isEqualTo(200);
        assertThat(contract.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(contract.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String broken = complete.replace("minimumPlacements: 12", "minimumPlacements: -1");
        HttpResponse<byte[]> refused = post("/api/render", broken);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).at("/files/0/valid").asBoolean()).isFalse();
        HttpResponse<byte[]> draft = post("/api/render?draft=true", broken);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(new String(draft.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aBodyOverTheFileSizeLimitIs413() throws Exception {
        HttpResponse<byte[]> response = post("/api/validate", "#".repeat(4 * 1024 * 1024 + 1));
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"/test-asset.txt", "/api/schema"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(PraksisServer.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(get("/test-asset.txt").body()).isEqualTo("praksis test asset\n");
        HttpResponse<String> schema = get("/api/schema");
        assertThat(JsonText.MAPPER.readTree(schema.body()).path("title").asString()).isNotEmpty();
        // The schema's Norwegian titles and descriptions arrive intact, in the charset the answer names.
        assertThat(schema.headers().firstValue("Content-Type")).hasValue("application/schema+json; charset=utf-8");
        assertThat(schema.body()).contains("Bruk små bokstaver, sifre og bindestrek");
        // In the page's language: the nynorsk titles and descriptions, and the same checks.
        JsonNode nynorsk = JsonText.MAPPER.readTree(get("/api/schema?lang=nn").body());
        assertThat(nynorsk.at("/properties/id/description").asString()).contains("Bruk små bokstavar, siffer og bindestrek");
        assertThat(nynorsk.at("/properties/id/pattern")).isEqualTo(JsonText.MAPPER.readTree(schema.body()).at("/properties/id/pattern"));
    }

    @Test
    void noPathLeavesTheAssetsInTheJar() throws Exception {
        for (String path : new String[] {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                "/%2e%2e%2f%2e%2e%2fpraksis/web/PraksisServer.class", "/../PraksisServer.class"}) {
            // Sent as written: an HTTP client would tidy the dots away.
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(answer).as(path).doesNotStartWith("HTTP/1.1 200").doesNotContain("root:").doesNotContain("\u00ca\u00fe\u00ba\u00be");
            }
        }
    }

    /** A page elsewhere that points a name of its own at 127.0.0.1 (DNS rebinding) gets nothing from the API. */
    @Test
    void onThisMachineTheApiAnswersOnlyRequestsThatNameIt() throws Exception {
        for (String host : new String[] {"praksis.example", "127.0.0.1.nip.io:" + server.port(), ""}) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("GET /api/portfolio HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).as(host).doesNotContain("Lindelia sykehjem");
                if (!host.isEmpty()) {
                    assertThat(answer).as(host).startsWith("HTTP/1.1 403").contains("\"host\"");
                }
            }
        }
        for (String host : new String[] {"127.0.0.1:" + server.port(), "localhost:" + server.port(), "LOCALHOST"}) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("GET /api/portfolio HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).as(host)
                        .startsWith("HTTP/1.1 200");
            }
        }
    }

    @Test
    void theRulesExplanationAndThePortfolioOfTheFolder() throws Exception {
        HttpResponse<String> explain = get("/api/explain/RAMMEPLAN-3-CAPACITY?lang=en");
        assertThat(explain.statusCode()).isEqualTo(200);
        JsonNode rule = JsonText.MAPPER.readTree(explain.body());
        assertThat(rule.path("summary").asString()).isNotEmpty();
        assertThat(rule.at("/legalBasis/0/instrument").asString()).isEqualTo("FOR-2025-07-04-1478");
        assertThat(get("/api/explain/FINNES-IKKE").statusCode()).isEqualTo(404);
        HttpResponse<String> portfolio = get("/api/portfolio");
        assertThat(portfolio.statusCode()).isEqualTo(200);
        assertThat(portfolio.body()).contains("<html").contains("Lindelia sykehjem");
    }

    @Test
    void onAnyOtherAddressEveryApiRequestNeedsTheToken() throws Exception {
        try (PraksisServer open = PraksisServer.start(new PraksisServer.Settings("0.0.0.0", 0, null, null))) {
            assertThat(open.token()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(open.address().getQuery()).isEqualTo("token=" + open.token());
            URI validate = URI.create("http://127.0.0.1:" + open.port() + "/api/validate");
            HttpResponse<String> without = HTTP.send(HttpRequest.newBuilder(validate)
                    .POST(HttpRequest.BodyPublishers.ofString(complete)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(without.body()).contains("token");
            HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(validate).header(PraksisServer.TOKEN_HEADER, "feil")
                    .POST(HttpRequest.BodyPublishers.ofString(complete)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(401);
            HttpResponse<String> with = HTTP.send(HttpRequest.newBuilder(validate).header(PraksisServer.TOKEN_HEADER, open.token())
                    .POST(HttpRequest.BodyPublishers.ofString(complete)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(with.statusCode()).isEqualTo(200);
            HttpResponse<String> portfolio = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port()
                    + "/api/portfolio?token=" + open.token())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(portfolio.statusCode()).as("no folder given").isEqualTo(404);
        }
    }
}
