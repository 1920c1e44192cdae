package no.praksis.validator.report;

import java.io.IOException;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.rules.LegalBasis;
import no.praksis.rules.Severity;
import no.praksis.schema.JsonText;
import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.Tally;
import no.praksis.validator.Versions;

/** The JSON report of interfaces v1, for scripts and CI. */
public final class JsonReport {

    private JsonReport() {
    }

    /** Writes {@code {"tool": …, "files": [} first, each file as it comes, and the summary at the end. */
    static final class Writer implements ReportWriter {
        private final java.io.Writer out;
        private final JsonGenerator json;

        Writer(java.io.Writer out) {
            this.out = out;
            this.json = JsonText.prettyGenerator(out);
            start(json);
            json.writeName("files");
            json.writeStartArray();
        }

        @Override
        public void file(FileReport file) {
            ObjectNode entry = JsonText.MAPPER.createObjectNode();
            entry.put("path", file.path());
            if (file.agreementId() != null) {
                entry.put("agreementId", file.agreementId());
            } else {
                entry.putNull("agreementId");
            }
            entry.put("valid", file.valid());
            ArrayNode findings = entry.putArray("findings");
            for (Finding finding : file.findings()) {
                finding(findings.addObject(), finding);
            }
            json.writeTree(entry);
        }

        @Override
        public void end(Tally tally) throws IOException {
            json.writeEndArray();
            ObjectNode summary = JsonText.MAPPER.createObjectNode();
            summary.put("files", tally.files());
            summary.put("valid", tally.valid());
            summary.put("errors", tally.count(Severity.ERROR));
            summary.put("warnings", tally.count(Severity.WARNING));
            summary.put("infos", tally.count(Severity.INFO));
            summary.put("waived", tally.waived());
            finish(json, summary, out);
        }
    }

    /** A finding as every JSON report of the tool gives it. */
    public static void finding(ObjectNode f, Finding finding) {
        f.put("ruleId", finding.ruleId());
        f.put("severity", finding.severity().label());
        f.put("message", finding.message());
        f.put("pointer", finding.pointer());
        f.put("line", finding.line());
        f.put("column", finding.column());
        if (finding.primaryLegalBasis() != null) {
            legalBasis(f.putObject("legalBasis"), finding.primaryLegalBasis());
        }
        if (finding.legalBasis().size() > 1) {
            ArrayNode more = f.putArray("additionalLegalBasis");
            finding.legalBasis().stream().skip(1).forEach(basis -> legalBasis(more.addObject(), basis));
        }
        f.put("waived", finding.waived());
    }

    /** Opens a JSON report of the tool: {@code {"tool": {"name", "version", "ruleBaseVersion"},}. */
    public static void start(JsonGenerator json) {
        ObjectNode tool = JsonText.MAPPER.createObjectNode();
        tool.put("name", "praksis");
        tool.put("version", Versions.tool());
        tool.put("ruleBaseVersion", Versions.ruleBase());
        json.writeStartObject();
        json.writeName("tool");
        json.writeTree(tool);
    }

    /** Closes a JSON report of the tool with its {@code summary}, a line end, and flushes. */
    public static void finish(JsonGenerator json, ObjectNode summary, java.io.Writer out) throws IOException {
        json.writeName("summary");
        json.writeTree(summary);
        json.writeEndObject();
        json.close();
        out.write("\n");
        out.flush();
    }

    /** The legal basis as every JSON report of the tool gives it. */
    public static void legalBasis(ObjectNode node, LegalBasis basis) {
        node.put("instrument", basis.instrument());
        node.put("title", basis.title());
        node.put("article", basis.article());
        node.put("url", basis.url());
    }
}
