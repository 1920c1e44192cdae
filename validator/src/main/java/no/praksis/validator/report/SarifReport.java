package no.praksis.validator.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.rules.LegalBasis;
import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.rules.Severity;
import no.praksis.schema.JsonText;
import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.Tally;
import no.praksis.validator.Versions;
import no.praksis.validator.docs.RuleDocs;

/**
 * SARIF 2.1.0: one run, every rule of the catalogue in {@code tool.driver.rules} with its short
 * description and documentation address ({@code helpUri}, under {@link Versions#documentation()}),
 * and each finding as a result with its file, line and column and its JSON pointer in
 * {@code properties}. A rule's full description and help (its documentation page as markdown) are
 * given only for the rules that have a result in the run, which keeps the report of a valid agreement
 * small. Waived findings carry an in-source suppression.
 */
public final class SarifReport {

    private static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private SarifReport() {
    }

    /**
     * Writes the run's tool and rules, then its results. Which rules get their help is known only at
     * the end, so the results wait in a temporary file, one a line, as they come (a run over twenty
     * thousand files may have a million), and follow the rules when those are written.
     */
    static final class Writer implements ReportWriter {
        private final java.io.Writer out;
        private final String language;
        private final String documentation;
        private final List<RuleDefinition> rules = RuleCatalogue.standard().rules();
        private final Map<String, Integer> index = new HashMap<>();
        private final Set<String> withResults = new HashSet<>();
        private Path spool;
        private java.io.Writer spooled;

        Writer(java.io.Writer out, String language) {
            this.out = out;
            this.language = language;
            // Read once, before any work: a documentation address that cannot be used fails the run at once.
            this.documentation = Versions.documentation();
            for (RuleDefinition rule : rules) {
                index.put(rule.id(), index.size());
            }
        }

        @Override
        public void file(FileReport file) throws IOException {
            for (Finding finding : file.findings()) {
                withResults.add(finding.ruleId());
                ObjectNode result = JsonText.MAPPER.createObjectNode();
                result.put("ruleId", finding.ruleId());
                result.put("ruleIndex", index.get(finding.ruleId()));
                result.put("level", level(finding.severity()));
                result.putObject("message").put("text", finding.message());
                ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
                location.putObject("artifactLocation").put("uri", uri(file.path()));
                ObjectNode region = location.putObject("region");
                region.put("startLine", finding.line());
                region.put("startColumn", finding.column());
                ObjectNode properties = result.putObject("properties");
                properties.put("pointer", finding.pointer());
                if (file.agreementId() != null) {
                    properties.put("agreementId", file.agreementId());
                }
                LegalBasis basis = finding.primaryLegalBasis();
                if (basis != null) {
                    ObjectNode legal = properties.putObject("legalBasis");
                    legal.put("instrument", basis.instrument());
                    legal.put("title", basis.title());
                    legal.put("article", basis.article());
                    legal.put("url", basis.url());
                }
                if (finding.waived()) {
                    result.putArray("suppressions").addObject().put("kind", "inSource");
                }
                // Compact JSON escapes every line break, so each result is one line of the spool.
                spooled().write(JsonText.MAPPER.writeValueAsString(result));
                spooled.write('\n');
            }
        }

        private java.io.Writer spooled() throws IOException {
            if (spooled == null) {
                spool = Files.createTempFile("praksis-sarif-", ".jsonl");
                spooled = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
            }
            return spooled;
        }

        @Override
        public void end(Tally tally) throws IOException {
            try {
                JsonGenerator json = JsonText.prettyGenerator(out);
                json.writeStartObject();
                json.writeStringProperty("$schema", SCHEMA);
                json.writeStringProperty("version", "2.1.0");
                json.writeName("runs");
                json.writeStartArray();
                json.writeStartObject();
                json.writeName("tool");
                json.writeStartObject();
                json.writeName("driver");
                json.writeTree(driver());
                json.writeEndObject();
                json.writeName("results");
                json.writeStartArray();
                if (spooled != null) {
                    spooled.close();
                    try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            json.writeTree(JsonText.MAPPER.readTree(line));
                        }
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.close();
                out.write("\n");
                out.flush();
            } finally {
                if (spool != null) {
                    Files.deleteIfExists(spool);
                }
            }
        }

        /** The tool, with every rule; the help of those that have a result. */
        private ObjectNode driver() {
            RuleDocs docs = new RuleDocs(List.of(language));
            ObjectNode driver = JsonText.MAPPER.createObjectNode();
            driver.put("name", "praksis");
            driver.put("version", Versions.tool());
            driver.put("informationUri", documentation);
            ArrayNode entries = driver.putArray("rules");
            for (RuleDefinition rule : rules) {
                ObjectNode entry = entries.addObject();
                entry.put("id", rule.id());
                entry.putObject("shortDescription").put("text", rule.summary().in(language));
                if (withResults.contains(rule.id())) {
                    if (rule.why() != null) {
                        entry.putObject("fullDescription").put("text", rule.why().in(language));
                    }
                    ObjectNode help = entry.putObject("help");
                    help.put("text", rule.summary().in(language) + (rule.why() == null ? "" : " " + rule.why().in(language)));
                    help.put("markdown", docs.page(rule));
                }
                entry.put("helpUri", documentation + "/rules/" + rule.id() + ".md");
                entry.putObject("defaultConfiguration").put("level", level(rule.severity()));
                ObjectNode properties = entry.putObject("properties");
                properties.put("waivable", rule.waivable());
                properties.put("layer", rule.layer());
            }
            return driver;
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** The file as a URI reference: relative paths stay relative, with forward slashes. */
    static String uri(String path) {
        if (path.startsWith("<")) {
            return "stdin";
        }
        Path file = Paths.get(path);
        if (file.isAbsolute()) {
            return file.toUri().toString();
        }
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
