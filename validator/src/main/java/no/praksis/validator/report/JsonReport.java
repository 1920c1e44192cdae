package no.praksis.validator.report;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.rules.LegalBasis;
import no.praksis.rules.Severity;
import no.praksis.schema.JsonText;
import no.praksis.validator.FileReport;
import no.praksis.validator.Finding;
import no.praksis.validator.ValidationReport;

/** The JSON report of interfaces v1, for scripts and CI. */
public final class JsonReport {

    private JsonReport() {
    }

    public static String format(ValidationReport report) {
        ObjectNode root = JsonText.MAPPER.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "praksis");
        tool.put("version", report.toolVersion());
        tool.put("ruleBaseVersion", report.ruleBaseVersion());
        ArrayNode files = root.putArray("files");
        for (FileReport file : report.files()) {
            ObjectNode entry = files.addObject();
            entry.put("path", file.path());
            if (file.agreementId() != null) {
                entry.put("agreementId", file.agreementId());
            } else {
                entry.putNull("agreementId");
            }
            entry.put("valid", file.valid());
            ArrayNode findings = entry.putArray("findings");
            for (Finding finding : file.findings()) {
                ObjectNode f = findings.addObject();
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
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("files", report.files().size());
        summary.put("valid", report.validFiles());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("infos", report.count(Severity.INFO));
        summary.put("waived", report.waived());
        return JsonText.pretty(root);
    }

    private static void legalBasis(ObjectNode node, LegalBasis basis) {
        node.put("instrument", basis.instrument());
        node.put("title", basis.title());
        node.put("article", basis.article());
        node.put("url", basis.url());
    }
}
