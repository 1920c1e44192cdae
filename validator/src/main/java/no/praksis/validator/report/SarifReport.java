package no.praksis.validator.report;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * SARIF 2.1.0: one run, every rule of the catalogue in {@code tool.driver.rules} with its help text
 * and documentation address, and each finding as a result with its file, line and column and its
 * JSON pointer in {@code properties}. Waived findings carry an in-source suppression.
 */
public final class SarifReport {

    private static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private SarifReport() {
    }

    /** Writes the run's tool and rules first, then each file's results as they come. */
    static final class Writer implements ReportWriter {
        private final java.io.Writer out;
        private final JsonGenerator json;
        private final Map<String, Integer> index = new TreeMap<>();

        Writer(java.io.Writer out, String language) {
            this.out = out;
            this.json = JsonText.prettyGenerator(out);
            RuleDocs docs = new RuleDocs(List.of(language));
            ObjectNode driver = JsonText.MAPPER.createObjectNode();
            driver.put("name", "praksis");
            driver.put("version", Versions.tool());
            driver.put("informationUri", Versions.documentation());
            ArrayNode rules = driver.putArray("rules");
            for (RuleDefinition rule : RuleCatalogue.standard().rules()) {
                index.put(rule.id(), index.size());
                ObjectNode entry = rules.addObject();
                entry.put("id", rule.id());
                entry.putObject("shortDescription").put("text", rule.summary().in(language));
                if (rule.why() != null) {
                    entry.putObject("fullDescription").put("text", rule.why().in(language));
                }
                ObjectNode help = entry.putObject("help");
                help.put("text", rule.summary().in(language) + (rule.why() == null ? "" : " " + rule.why().in(language)));
                help.put("markdown", docs.page(rule));
                entry.put("helpUri", Versions.documentation() + "/rules/" + rule.id() + ".md");
                entry.putObject("defaultConfiguration").put("level", level(rule.severity()));
                ObjectNode properties = entry.putObject("properties");
                properties.put("waivable", rule.waivable());
                properties.put("layer", rule.layer());
            }
            json.writeStartObject();
            json.writeStringProperty("$schema", SCHEMA);
            json.writeStringProperty("version", "2.1.0");
            json.writeName("runs");
            json.writeStartArray();
            json.writeStartObject();
            json.writeName("tool");
            json.writeStartObject();
            json.writeName("driver");
            json.writeTree(driver);
            json.writeEndObject();
            json.writeName("results");
            json.writeStartArray();
        }

        @Override
        public void file(FileReport file) {
            for (Finding finding : file.findings()) {
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
                json.writeTree(result);
            }
        }

        @Override
        public void end(Tally tally) throws IOException {
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.close();
            out.write("\n");
            out.flush();
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
