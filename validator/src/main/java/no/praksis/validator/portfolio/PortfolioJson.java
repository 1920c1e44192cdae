package no.praksis.validator.portfolio;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.rules.Severity;
import no.praksis.rules.model.CapacityPeriod;
import no.praksis.schema.JsonText;
import no.praksis.validator.Finding;
import no.praksis.validator.report.JsonReport;

/**
 * The portfolio's JSON report, in the shape of interfaces v1.1 ({@code tool}, {@code asOf},
 * {@code agreements}, {@code capacity}, {@code findings}, {@code summary}), extended where a script
 * needs more: why an agreement is left out of the figures, a row's periods.
 */
final class PortfolioJson {

    private PortfolioJson() {
    }

    static void write(Portfolio portfolio, Writer out) throws IOException {
        JsonGenerator json = JsonText.prettyGenerator(out);
        JsonReport.start(json);
        json.writeStringProperty("asOf", portfolio.asOf().toString());
        json.writeName("agreements");
        json.writeStartArray();
        for (PortfolioAgreement agreement : portfolio.agreements()) {
            ObjectNode entry = JsonText.MAPPER.createObjectNode();
            entry.put("path", agreement.path());
            entry.put("agreementId", agreement.agreementId());
            entry.put("version", agreement.version());
            entry.put("valid", agreement.valid());
            entry.put("inForce", agreement.inForce());
            entry.put("leftOut", agreement.leftOut(portfolio.asOf()));
            entry.put("institution", agreement.institution());
            agreement.municipalities().forEach(entry.putArray("municipalities")::add);
            entry.put("effectiveFrom", agreement.effectiveFrom() == null ? null : agreement.effectiveFrom().toString());
            entry.put("effectiveTo", agreement.effectiveTo() == null ? null : agreement.effectiveTo().toString());
            json.writeTree(entry);
        }
        json.writeEndArray();
        json.writeName("capacity");
        json.writeStartArray();
        for (CapacityRow row : portfolio.capacity()) {
            ObjectNode entry = JsonText.MAPPER.createObjectNode();
            entry.put("path", row.path());
            entry.put("agreementId", row.agreementId());
            entry.put("institution", row.institution());
            entry.put("municipality", row.municipality());
            entry.put("site", row.site());
            entry.put("siteId", row.siteId());
            entry.put("programme", row.programme());
            entry.put("cycle", row.cycle());
            entry.put("placements", row.placements());
            ArrayNode periods = entry.putArray("periods");
            for (CapacityPeriod period : row.periods()) {
                ObjectNode p = periods.addObject();
                if (period.weekly()) {
                    p.put("weeks", period.weeks());
                } else {
                    p.put("from", period.from().toString());
                    p.put("to", period.to().toString());
                }
                p.put("placements", period.placements());
            }
            json.writeTree(entry);
        }
        json.writeEndArray();
        json.writeName("findings");
        json.writeStartArray();
        long[] counts = new long[Severity.values().length];
        for (PortfolioFinding finding : portfolio.findings()) {
            counts[finding.severity().ordinal()]++;
            ObjectNode f = JsonText.MAPPER.createObjectNode();
            f.put("ruleId", finding.ruleId());
            f.put("severity", finding.severity().label());
            f.put("message", finding.message());
            if (!finding.legalBasis().isEmpty()) {
                JsonReport.legalBasis(f.putObject("legalBasis"), finding.legalBasis().get(0));
            }
            ArrayNode locations = f.putArray("locations");
            for (PortfolioFinding.Location location : finding.locations()) {
                ObjectNode at = locations.addObject();
                at.put("path", location.path());
                at.put("pointer", location.pointer());
                at.put("line", location.line());
                at.put("column", location.column());
            }
            f.put("waived", false);
            json.writeTree(f);
        }
        for (PortfolioAgreement agreement : portfolio.agreements()) {
            if (agreement.valid()) {
                continue;
            }
            for (Finding finding : agreement.report().findings()) {
                if (!finding.waived()) {
                    counts[finding.severity().ordinal()]++;
                }
                ObjectNode f = JsonText.MAPPER.createObjectNode();
                f.put("ruleId", finding.ruleId());
                f.put("severity", finding.severity().label());
                f.put("message", finding.message());
                if (finding.primaryLegalBasis() != null) {
                    JsonReport.legalBasis(f.putObject("legalBasis"), finding.primaryLegalBasis());
                }
                ObjectNode at = f.putArray("locations").addObject();
                at.put("path", agreement.path());
                at.put("pointer", finding.pointer());
                at.put("line", finding.line());
                at.put("column", finding.column());
                f.put("waived", finding.waived());
                json.writeTree(f);
            }
        }
        json.writeEndArray();
        ObjectNode summary = JsonText.MAPPER.createObjectNode();
        summary.put("agreements", portfolio.agreements().size());
        summary.put("inForce", portfolio.agreements().stream().filter(PortfolioAgreement::inForce).count());
        summary.put("errors", counts[Severity.ERROR.ordinal()]);
        summary.put("warnings", counts[Severity.WARNING.ordinal()]);
        summary.put("infos", counts[Severity.INFO.ordinal()]);
        JsonReport.finish(json, summary, out);
    }
}
