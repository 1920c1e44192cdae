package no.praksis.validator.portfolio;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import no.praksis.rules.Severity;
import no.praksis.validator.Texts;
import no.praksis.validator.report.ReportFormat;
import no.praksis.validator.report.ReportWriter;

/**
 * The portfolio as a coordinator reads it in a terminal: which agreements count, the placements they
 * commit to in each annual cycle by programme, municipality and institution, and the findings of the
 * agreements left out for their errors (as {@code praksis validate} shows them).
 */
final class PortfolioText {

    private PortfolioText() {
    }

    static void write(Portfolio portfolio, Writer out, String language) throws IOException {
        Texts texts = Texts.of(PortfolioText.class, language);
        long inForce = portfolio.agreements().stream().filter(PortfolioAgreement::inForce).count();
        out.write(texts.get("headline", "asOf", portfolio.asOf(),
                "agreements", texts.count("agreements", portfolio.agreements().size()),
                "inForce", inForce) + "\n");
        for (PortfolioAgreement agreement : portfolio.agreements()) {
            String leftOut = agreement.leftOut(portfolio.asOf());
            if (leftOut != null) {
                String key = switch (leftOut) {
                    case "invalid" -> "leftOut.invalid";
                    case "not-yet" -> "leftOut.not-yet";
                    default -> "leftOut.ended";
                };
                out.write("  " + texts.get(key, "path", agreement.path(), "from", agreement.effectiveFrom(),
                        "to", agreement.effectiveTo()) + "\n");
            }
        }
        CapacityTotals totals = new CapacityTotals(portfolio.capacity());
        for (String cycle : totals.cycles()) {
            out.write("\n" + texts.get("cycle", "cycle", cycle) + "\n");
            table(out, texts.get("programme"), totals.byProgramme(cycle), portfolio.programmeNames(), texts);
            table(out, texts.get("municipality"), totals.byMunicipality(cycle), portfolio.municipalityNames(), texts);
            table(out, texts.get("institution"), totals.byInstitution(cycle), portfolio.institutionNames(), texts);
        }
        if (!portfolio.findings().isEmpty()) {
            out.write("\n" + texts.get("portfolioFindings") + "\n");
        }
        for (PortfolioFinding finding : portfolio.findings()) {
            out.write(finding.severity().label() + " " + finding.ruleId() + " " + finding.message() + "\n");
            for (PortfolioFinding.Location location : finding.locations()) {
                out.write("    " + location.path() + ":" + location.line() + ":" + location.column() + "\n");
            }
            for (no.praksis.rules.LegalBasis basis : finding.legalBasis()) {
                out.write("    " + texts.get("legalBasis", "source", basis.name(), "article",
                        basis.article() == null ? "" : basis.article(), "url", basis.url()) + "\n");
            }
        }
        ReportWriter findings = null;
        for (PortfolioAgreement agreement : portfolio.agreements()) {
            if (!agreement.valid()) {
                if (findings == null) {
                    out.write("\n" + texts.get("findings") + "\n");
                    findings = ReportFormat.TEXT.writer(out, language, Severity.ERROR);
                }
                findings.file(agreement.report());
            }
        }
        out.flush();
    }

    /**
     * A two-column table: the key, by name where the agreements give one («Asker kommune (3203)»), and
     * the placements, right-aligned, with a total.
     */
    private static void table(Writer out, String heading, Map<String, Long> rows, Map<String, String> names,
                              Texts texts) throws IOException {
        Map<String, Long> named = new LinkedHashMap<>();
        rows.forEach((key, placements) -> named.put(key.isEmpty() ? "?" : Portfolio.named(names, key), placements));
        int width = Math.max(heading.length(), texts.get("total").length());
        for (String key : named.keySet()) {
            width = Math.max(width, key.length());
        }
        out.write(String.format("  %-" + width + "s  %8s%n", heading, texts.get("placements")));
        long total = 0;
        for (Map.Entry<String, Long> row : named.entrySet()) {
            out.write(String.format("  %-" + width + "s  %8d%n", row.getKey(), row.getValue()));
            total += row.getValue();
        }
        out.write(String.format("  %-" + width + "s  %8d%n", texts.get("total"), total));
    }
}
