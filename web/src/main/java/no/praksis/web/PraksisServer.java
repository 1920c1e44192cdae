package no.praksis.web;

import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.AbstractConnector;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.rules.Severity;
import no.praksis.schema.JsonText;
import no.praksis.validator.AgreementFiles;
import no.praksis.validator.FileReport;
import no.praksis.validator.Texts;
import no.praksis.validator.Validator;
import no.praksis.validator.portfolio.Portfolio;
import no.praksis.validator.portfolio.PortfolioFormat;
import no.praksis.validator.render.Renderer;
import no.praksis.validator.report.JsonReport;
import no.praksis.validator.report.ReportFormat;

/**
 * The officer's web page, served on this machine: the page and its assets from the jar, and the API
 * it calls (interfaces v1, revision 1.1), a thin face over the same library as the command line. It
 * keeps no state beyond the folder it was given: an agreement is checked or rendered in memory and
 * answered, never written anywhere. On any address but this machine's own it asks for a token.
 */
public final class PraksisServer implements AutoCloseable {

    /** The name reports give an agreement that came from the page. */
    static final String AGREEMENT_NAME = "avtale.yaml";

    /** The header (or query parameter {@code token}) that carries the token. */
    static final String TOKEN_HEADER = "X-Praksis-Token";

    /** The page runs only what it was served with: its own scripts and styles, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** How long one request may take to arrive before the connection is closed. */
    private static final long IDLE_TIMEOUT_MILLIS = 30_000;

    private static final String STATIC = "/no/praksis/web/static";

    /**
     * What to serve.
     *
     * @param host  the address to listen on; this machine's own ({@code 127.0.0.1}) unless told
     * @param port  the port; 0 for any free one
     * @param dir   the folder of agreements whose portfolio the page shows, or null
     * @param token the token every API request must carry, or null: then one is made when the address
     *              is not this machine's own, and none is asked for when it is
     */
    public record Settings(String host, int port, Path dir, String token) {
    }

    private final Javalin app;
    private final String token;
    private final Path dir;
    private final Map<String, Validator> validators = new ConcurrentHashMap<>();

    private PraksisServer(Settings settings) throws UnknownHostException {
        this.dir = settings.dir();
        this.token = settings.token() != null ? settings.token() : loopback(settings.host()) ? null : newToken();
        long maxBytes = validator("nb").limits().maxBytes();
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = maxBytes;
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(STATIC, Location.CLASSPATH);
            // A request that trickles in is cut off: a slow client cannot hold a connection for ever.
            config.jetty.modifyServer(server -> Arrays.stream(server.getConnectors())
                    .filter(AbstractConnector.class::isInstance)
                    .forEach(c -> ((AbstractConnector) c).setIdleTimeout(IDLE_TIMEOUT_MILLIS)));
            config.routes.before(this::headers);
            config.routes.before("/api/*", this::authorise);
            config.routes.get("/api/schema", this::schema);
            config.routes.post("/api/validate", ctx -> validate(ctx, maxBytes));
            config.routes.post("/api/render", ctx -> render(ctx, maxBytes));
            config.routes.get("/api/explain/{rule}", PraksisServer::explain);
            config.routes.get("/api/portfolio", this::portfolio);
        });
    }

    /** Starts a server; it answers until {@link #close()}. */
    public static PraksisServer start(Settings settings) throws UnknownHostException {
        PraksisServer server = new PraksisServer(settings);
        server.app.start(settings.host(), settings.port());
        return server;
    }

    /** The page's address, with the token when one is needed: what to open in the browser. */
    public URI address() {
        String host = app.jettyServer().server().getURI() == null ? "127.0.0.1"
                : app.jettyServer().server().getURI().getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/"
                + (token == null ? "" : "?token=" + token));
    }

    public int port() {
        return app.port();
    }

    /** The token asked for, or null when none is. */
    public String token() {
        return token;
    }

    @Override
    public void close() {
        app.stop();
    }

    private static boolean loopback(String host) throws UnknownHostException {
        return InetAddress.getByName(host).isLoopbackAddress();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** The names a request to this machine's own address comes under ({@code Host}, without its port). */
    private static final java.util.Set<String> LOOPBACK_NAMES = java.util.Set.of("127.0.0.1", "localhost", "[::1]");

    /**
     * Every API request carries the token, when one is asked for; compared in constant time. Without
     * a token (this machine only) the request must name this machine: a web page elsewhere could
     * otherwise point a name of its own at 127.0.0.1 (DNS rebinding) and read the portfolio of --dir.
     */
    private void authorise(Context ctx) {
        if (token == null) {
            String host = ctx.header("Host") == null ? "" : ctx.header("Host").replaceFirst(":\\d+$", "")
                    .toLowerCase(java.util.Locale.ROOT);
            if (!LOOPBACK_NAMES.contains(host)) {
                problem(ctx, HttpStatus.FORBIDDEN, "problem.host", Map.of());
                ctx.skipRemainingHandlers();
            }
            return;
        }
        String given = ctx.header(TOKEN_HEADER) != null ? ctx.header(TOKEN_HEADER) : ctx.queryParam("token");
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            problem(ctx, HttpStatus.UNAUTHORIZED, "problem.token", Map.of());
            ctx.skipRemainingHandlers();
        }
    }

    private Validator validator(String language) {
        return validators.computeIfAbsent(language, l -> Validator.builder().language(l).build());
    }

    /** The message language the request asks for ({@code ?lang=}), bokmål by default. */
    private static String language(Context ctx) {
        String lang = ctx.queryParam("lang");
        return lang != null && Texts.LANGUAGES.contains(lang) ? lang : "nb";
    }

    /**
     * Answers {@code text} as UTF-8, and says so: Jetty assumes UTF-8 for application/json only, and
     * would encode the schema (application/schema+json) as ISO-8859-1 — «å» as «?».
     */
    private static void text(Context ctx, String type, String text) {
        ctx.contentType(type + "; charset=utf-8");
        ctx.result(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The schema as the page gets it, in each language: made once, as it never changes. */
    private final Map<String, String> schemas = new ConcurrentHashMap<>();

    private void schema(Context ctx) {
        // Its titles and descriptions in the page's language (?lang=): the form's labels and help.
        String language = language(ctx);
        text(ctx, "application/schema+json", schemas.computeIfAbsent(language,
                l -> JsonText.MAPPER.writeValueAsString(validator(l).schema().annotated(l))));
    }

    /** The agreement in the body, within the file-size limit: null (answered 413) when over it. */
    private static byte[] body(Context ctx, long maxBytes) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length > maxBytes) {
            problem(ctx, HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", Map.of("limit", String.valueOf(maxBytes)));
            return null;
        }
        return body;
    }

    private void validate(Context ctx, long maxBytes) {
        byte[] body = body(ctx, maxBytes);
        if (body == null) {
            return;
        }
        String language = language(ctx);
        Validator validator = validator(language);
        FileReport report = validator.validate(AGREEMENT_NAME, body);
        text(ctx, "application/json", ReportFormat.JSON.format(validator.report(List.of(report)), language, Severity.ERROR));
    }

    private void render(Context ctx, long maxBytes) {
        byte[] body = body(ctx, maxBytes);
        if (body == null) {
            return;
        }
        String language = language(ctx);
        Validator validator = validator(language);
        boolean draft = "true".equals(ctx.queryParam("draft"));
        Renderer.Rendering rendering = new Renderer(validator).render(AGREEMENT_NAME, body, draft);
        if (rendering.refused()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            text(ctx, "application/json", ReportFormat.JSON.format(validator.report(List.of(rendering.report())), language, Severity.ERROR));
            return;
        }
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"" + rendering.fileName().replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"");
        ctx.result(rendering.pdf());
    }

    /** A rule's explanation in the request's language, for the page's findings. */
    private static void explain(Context ctx) {
        String language = language(ctx);
        RuleDefinition rule = RuleCatalogue.standard().rule(ctx.pathParam("rule")).orElse(null);
        if (rule == null) {
            problem(ctx, HttpStatus.NOT_FOUND, "problem.noRule", Map.of("rule", ctx.pathParam("rule")));
            return;
        }
        ObjectNode node = JsonText.MAPPER.createObjectNode();
        node.put("id", rule.id());
        node.put("severity", rule.severity().label());
        node.put("summary", rule.summary().in(language));
        node.put("why", rule.why().in(language));
        if (rule.fix() != null) {
            node.put("fix", rule.fix().in(language));
        }
        var sources = node.putArray("legalBasis");
        rule.legalBasisOn(LocalDate.now()).forEach(basis -> JsonReport.legalBasis(sources.addObject(), basis));
        text(ctx, "application/json", JsonText.MAPPER.writeValueAsString(node));
    }

    /** The portfolio overview of the folder given at start, as the HTML report of praksis portfolio. */
    private void portfolio(Context ctx) throws IOException {
        if (dir == null) {
            problem(ctx, HttpStatus.NOT_FOUND, "problem.noDir", Map.of());
            return;
        }
        String language = language(ctx);
        LocalDate today = LocalDate.now();
        Validator validator = Validator.builder().language(language).asOf(today).build();
        Portfolio portfolio = new Portfolio(today, language);
        for (Path file : AgreementFiles.under(dir)) {
            portfolio.add(validator.check(file, dir.relativize(file).toString(), AgreementFiles.boundaryOf(dir)));
        }
        StringWriter out = new StringWriter();
        PortfolioFormat.HTML.write(portfolio, out, language);
        text(ctx, "text/html", out.toString());
    }

    /** An API problem as JSON: its key ({@code problem.} and a word), and its text in the request's language. */
    private static void problem(Context ctx, HttpStatus status, String key, Map<String, String> args) {
        ObjectNode node = JsonText.MAPPER.createObjectNode();
        node.put("problem", key.substring("problem.".length()));
        node.put("message", Texts.of(PraksisServer.class, language(ctx)).get(key, args));
        ctx.status(status);
        text(ctx, "application/json", JsonText.MAPPER.writeValueAsString(node));
    }
}
