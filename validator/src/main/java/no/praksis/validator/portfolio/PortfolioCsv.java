package no.praksis.validator.portfolio;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import no.praksis.rules.model.CapacityPeriod;

/**
 * The capacity rows as CSV (RFC 4180: comma-separated, CRLF, a header line), one row a line, for
 * spreadsheets and the national capacity indicator. A row's periods are one cell
 * ({@code 2026-09-07–2026-10-30: 6; uke 36-43: 4}).
 */
final class PortfolioCsv {

    static final List<String> HEADER = List.of("agreementId", "path", "institution", "municipality", "site",
            "siteId", "programme", "cycle", "placements", "periods");

    private PortfolioCsv() {
    }

    static void write(Portfolio portfolio, Writer out) throws IOException {
        line(out, HEADER);
        for (CapacityRow row : portfolio.capacity()) {
            line(out, List.of(row.agreementId(), row.path(), nullable(row.institution()), nullable(row.municipality()),
                    row.site(), row.siteId(), row.programme(), row.cycle(), String.valueOf(row.placements()),
                    periods(row.periods())));
        }
        out.flush();
    }

    private static String periods(List<CapacityPeriod> periods) {
        StringBuilder text = new StringBuilder();
        for (CapacityPeriod period : periods) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(period.weekly() ? "uke " + period.weeks() : period.from() + "–" + period.to())
                    .append(": ").append(period.placements());
        }
        return text.toString();
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * One cell, quoted where it must be. Text from an agreement that a spreadsheet would take for a
     * formula (starting with {@code = + - @}, a tab or a carriage return) is kept as text by a
     * leading apostrophe, as OWASP advises against CSV injection: a site named
     * {@code =HYPERLINK(…)} must not become a link in the coordinator's spreadsheet.
     */
    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
