package no.praksis.validator.portfolio;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;

import no.praksis.rules.Severity;
import no.praksis.validator.Finding;
import no.praksis.validator.Texts;
import no.praksis.validator.render.LockedTemplates;

/**
 * The portfolio as one self-contained HTML page for coordinators: the findings, the agreements, and
 * the figures drawn as inline SVG (placements per programme and municipality in each cycle, and the
 * årshjul of the current cycle as a heat map), each chart followed by a table of the same numbers.
 * The page loads nothing (its Content-Security-Policy forbids it), so that it can be mailed or
 * archived and opened offline. Java computes the geometry; the locked {@code .ftlh} template only
 * writes it out, HTML-escaping every text, for agreement texts are untrusted.
 */
final class PortfolioHtml {

    private static final Configuration TEMPLATES =
            LockedTemplates.configuration(PortfolioHtml.class, "/no/praksis/validator/portfolio");

    /** Bar charts: the width of the label column, of the longest bar, and the height of a row (SVG units). */
    static final int BAR_LABEL = 230;
    static final int BAR_LENGTH = 240;
    static final int BAR_ROW = 28;
    /**
     * A label longer than this is shortened in the drawing (SVG text does not wrap); the table and
     * the title keep it whole. Sized for the label columns at 12px.
     */
    private static final int LABEL_CHARS = 30;
    private static final int WHEEL_LABEL_CHARS = 34;

    /** Heat map: the width of the site column, and of and height of a week's cell. */
    static final int WHEEL_LABEL = 250;
    static final int CELL_WIDTH = 16;
    static final int CELL_HEIGHT = 24;
    static final int WHEEL_TOP = 34;

    /** The heat map's colours, from no students to the most: light to dark, so that they print in grey too. */
    private static final List<String> FILLS = List.of("#f1f3f5", "#c6dbef", "#6baed6", "#2171b5", "#08306b");

    private PortfolioHtml() {
    }

    static void write(Portfolio portfolio, Writer out, String language) throws IOException {
        Texts texts = Texts.of(PortfolioHtml.class, language);
        try {
            TEMPLATES.getTemplate("portfolio.ftlh").process(model(portfolio, texts), out);
        } catch (TemplateException e) {
            throw new IllegalStateException("the portfolio template failed", e);
        }
        out.flush();
    }

    private static Map<String, Object> model(Portfolio portfolio, Texts texts) {
        LocalDate asOf = portfolio.asOf();
        Map<String, String> municipalityNames = portfolio.municipalityNames();
        Map<String, String> programmeNames = portfolio.programmeNames();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", texts.language());
        model.put("t", words(texts));
        model.put("title", texts.get("html.title", "asOf", asOf));
        long inForce = portfolio.agreements().stream().filter(PortfolioAgreement::inForce).count();
        model.put("headline", texts.get("headline", "asOf", asOf,
                "agreements", texts.count("agreements", portfolio.agreements().size()), "inForce", inForce));

        List<Map<String, Object>> findings = findings(portfolio, texts);
        long[] counts = new long[Severity.values().length];
        findings.forEach(f -> counts[Severity.fromLabel((String) f.get("severity")).ordinal()]++);
        model.put("counts", texts.get("html.counts", "errors", texts.count("errors", counts[Severity.ERROR.ordinal()]),
                "warnings", texts.count("warnings", counts[Severity.WARNING.ordinal()]),
                "infos", texts.count("infos", counts[Severity.INFO.ordinal()])));
        model.put("findings", findings);
        model.put("agreements", agreements(portfolio, texts));

        CapacityTotals totals = new CapacityTotals(portfolio.capacity());
        List<Map<String, Object>> cycles = new ArrayList<>();
        int chart = 0;
        for (String cycle : totals.cycles()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("heading", texts.get("cycle", "cycle", cycle));
            section.put("charts", List.of(
                    bars("chart-" + ++chart, "programme", texts.get("html.byProgramme", "cycle", cycle),
                            texts.get("programme"), totals.byProgramme(cycle), programmeNames, true, texts),
                    bars("chart-" + ++chart, "municipality", texts.get("html.byMunicipality", "cycle", cycle),
                            texts.get("municipality"), totals.byMunicipality(cycle), municipalityNames, false, texts)));
            cycles.add(section);
        }
        model.put("cycles", cycles);
        String current = currentCycle(portfolio.capacity(), asOf, totals.cycles());
        if (current != null) {
            model.put("wheel", wheel(current, startOf(portfolio.capacity(), current), totals.yearWheel(current),
                    municipalityNames, texts));
        }
        return model;
    }

    /** The texts without places that the template writes, by their key. */
    private static Map<String, String> words(Texts texts) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String key : List.of("html.findings", "html.noFindings", "html.severity", "html.rule", "html.message",
                "html.where", "html.agreements", "html.file", "html.agreement", "html.term", "html.status",
                "html.figures", "html.noFigures", "html.municipalities", "institution", "placements", "total",
                "html.site", "html.weeks", "html.students", "html.legend", "html.legalBasis")) {
            words.put(key, texts.get(key));
        }
        return words;
    }

    /** Every finding, most severe first: the portfolio rules', then those of the agreements left out for their errors. */
    private static List<Map<String, Object>> findings(Portfolio portfolio, Texts texts) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (PortfolioFinding finding : portfolio.findings()) {
            List<String> where = finding.locations().stream()
                    .map(at -> at.path() + ":" + at.line()).toList();
            findings.add(finding(texts, finding.severity(), finding.ruleId(), finding.message(), where,
                    finding.legalBasis().isEmpty() ? null : finding.legalBasis().get(0)));
        }
        for (PortfolioAgreement agreement : portfolio.agreements()) {
            if (agreement.valid()) {
                continue;
            }
            for (Finding finding : agreement.report().findings()) {
                if (!finding.waived()) {
                    findings.add(finding(texts, finding.severity(), finding.ruleId(), finding.message(),
                            List.of(agreement.path() + ":" + finding.line()), finding.primaryLegalBasis()));
                }
            }
        }
        findings.sort(java.util.Comparator.comparing(f -> Severity.fromLabel((String) f.get("severity")).ordinal()));
        return findings;
    }

    private static Map<String, Object> finding(Texts texts, Severity severity, String ruleId, String message,
                                               List<String> where, no.praksis.rules.LegalBasis basis) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("severity", severity.label());
        // The icon and the word carry the severity; the colour only repeats them.
        f.put("icon", switch (severity) {
            case ERROR -> "✖";
            case WARNING -> "⚠";
            case INFO -> "ℹ";
        });
        f.put("word", texts.get(switch (severity) {
            case ERROR -> "severity.error";
            case WARNING -> "severity.warning";
            case INFO -> "severity.info";
        }));
        f.put("ruleId", ruleId);
        f.put("message", message);
        f.put("where", where);
        if (basis != null) {
            f.put("basis", (basis.instrument() + " " + (basis.article() == null ? "" : basis.article())).trim());
            // Only a web address becomes a link: the page must not be made to open anything else.
            if (basis.url() != null && basis.url().startsWith("https://")) {
                f.put("url", basis.url());
            }
        }
        return f;
    }

    private static List<Map<String, Object>> agreements(Portfolio portfolio, Texts texts) {
        Map<String, String> municipalityNames = portfolio.municipalityNames();
        Map<String, String> institutionNames = portfolio.institutionNames();
        List<Map<String, Object>> agreements = new ArrayList<>();
        for (PortfolioAgreement agreement : portfolio.agreements()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("path", agreement.path());
            a.put("id", agreement.agreementId() == null ? "" : agreement.agreementId()
                    + (agreement.version() == null ? "" : " v" + agreement.version()));
            a.put("institution", agreement.institution() == null ? ""
                    : Portfolio.named(institutionNames, agreement.institution()));
            a.put("municipalities", String.join(", ", agreement.municipalities().stream()
                    .map(number -> Portfolio.named(municipalityNames, number)).toList()));
            a.put("term", agreement.effectiveFrom() == null ? ""
                    : agreement.effectiveFrom() + " – " + (agreement.effectiveTo() == null ? "" : agreement.effectiveTo()));
            String leftOut = agreement.leftOut(portfolio.asOf());
            a.put("inForce", leftOut == null);
            a.put("status", leftOut == null ? texts.get("html.inForce") : switch (leftOut) {
                case "invalid" -> texts.get("html.invalid");
                case "not-yet" -> texts.get("html.notYet", "from", agreement.effectiveFrom());
                default -> texts.get("html.ended", "to", agreement.effectiveTo());
            });
            agreements.add(a);
        }
        return agreements;
    }

    /** {@code label}, shortened to {@code chars} with an ellipsis if longer. */
    private static String shortened(String label, int chars) {
        if (label.length() <= chars) {
            return label;
        }
        // Never cut a character outside the BMP in two.
        int end = Character.isHighSurrogate(label.charAt(chars - 2)) ? chars - 2 : chars - 1;
        return label.substring(0, end) + "…";
    }

    /**
     * A horizontal bar chart of {@code totals}, the longest bar for the largest figure.
     *
     * @param nameAlone label a bar with the name alone (a programme's name says enough; its code,
     *                  which makes the label too long for the drawing, is in the table)
     */
    private static Map<String, Object> bars(String id, String kind, String title, String heading,
                                            Map<String, Long> totals, Map<String, String> names, boolean nameAlone,
                                            Texts texts) {
        long max = totals.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long sum = totals.values().stream().mapToLong(Long::longValue).sum();
        List<Map<String, Object>> rows = new ArrayList<>();
        int y = 0;
        for (Map.Entry<String, Long> total : totals.entrySet()) {
            String label = total.getKey().isEmpty() ? texts.get("html.unknown") : Portfolio.named(names, total.getKey());
            String drawn = nameAlone ? names.getOrDefault(total.getKey(), label) : label;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", total.getKey());
            row.put("label", label);
            row.put("short", shortened(drawn, LABEL_CHARS));
            row.put("value", total.getValue());
            row.put("y", y);
            row.put("width", max == 0 ? 0 : Math.round(total.getValue() * (double) BAR_LENGTH / max * 10) / 10.0);
            rows.add(row);
            y += BAR_ROW;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("kind", kind);
        chart.put("title", title);
        chart.put("desc", texts.get("html.barsDesc", "bars", totals.size(), "total", sum));
        chart.put("heading", heading);
        chart.put("rows", rows);
        chart.put("sum", sum);
        chart.put("height", Math.max(y, BAR_ROW));
        chart.put("labelWidth", BAR_LABEL);
        chart.put("width", BAR_LABEL + BAR_LENGTH + 40);
        return chart;
    }

    /** The cycle the judgement date falls in; else the first one (all agreements in force begin later). */
    static String currentCycle(List<CapacityRow> rows, LocalDate asOf, List<String> cycles) {
        return rows.stream().filter(row -> !row.cycleStart().isAfter(asOf) && row.cycleStart().plusYears(1).isAfter(asOf))
                .map(CapacityRow::cycle).findFirst().orElse(cycles.isEmpty() ? null : cycles.get(0));
    }

    private static LocalDate startOf(List<CapacityRow> rows, String cycle) {
        return rows.stream().filter(row -> row.cycle().equals(cycle)).map(CapacityRow::cycleStart).findFirst()
                .orElseThrow();
    }

    /** The årshjul as a heat map: a row per site, a column per ISO week, each cell its number of students. */
    private static Map<String, Object> wheel(String cycle, LocalDate start, List<CapacityTotals.SiteWeeks> sites,
                                             Map<String, String> municipalityNames, Texts texts) {
        List<LocalDate> weeks = CapacityTotals.weeksOf(start);
        long max = sites.stream().flatMap(site -> site.studentsByWeek().values().stream())
                .mapToLong(Long::longValue).max().orElse(0);
        List<long[]> levels = levels(max);
        List<Map<String, Object>> columns = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("x", WHEEL_LABEL + i * CELL_WIDTH);
            column.put("week", weeks.get(i).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            columns.add(column);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        int y = WHEEL_TOP;
        for (CapacityTotals.SiteWeeks site : sites) {
            String label = site.site() + (site.municipality() == null ? ""
                    : ", " + municipalityNames.getOrDefault(site.municipality(), site.municipality()));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int i = 0; i < weeks.size(); i++) {
                long students = site.studentsByWeek().getOrDefault(weeks.get(i), 0L);
                int level = level(levels, students);
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("x", WHEEL_LABEL + i * CELL_WIDTH);
                cell.put("value", students);
                cell.put("week", columns.get(i).get("week"));
                cell.put("fill", FILLS.get(level));
                cell.put("dark", level >= 3);
                cell.put("title", texts.get("html.cell", "site", label, "week", columns.get(i).get("week"),
                        "monday", weeks.get(i), "students", students));
                cells.add(cell);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", label);
            row.put("short", shortened(label, WHEEL_LABEL_CHARS));
            row.put("y", y);
            row.put("cells", cells);
            rows.add(row);
            runs.addAll(runs(label, weeks, site.studentsByWeek()));
            y += CELL_HEIGHT;
        }
        List<Map<String, Object>> legend = new ArrayList<>();
        legend.add(Map.of("fill", FILLS.get(0), "label", "0"));
        for (int k = 1; k < levels.size(); k++) {
            long[] range = levels.get(k);
            if (range[0] <= range[1]) {
                legend.add(Map.of("fill", FILLS.get(k), "label", range[0] == range[1] ? String.valueOf(range[0])
                        : range[0] + "–" + range[1]));
            }
        }
        Map<String, Object> wheel = new LinkedHashMap<>();
        wheel.put("title", texts.get("html.wheel", "cycle", cycle));
        wheel.put("desc", texts.get("html.wheelDesc", "sites", sites.size(), "weeks", weeks.size()));
        wheel.put("empty", sites.isEmpty() ? texts.get("html.noWheel", "cycle", cycle) : "");
        wheel.put("columns", columns);
        wheel.put("rows", rows);
        wheel.put("runs", runs);
        wheel.put("legend", legend);
        wheel.put("labelWidth", WHEEL_LABEL);
        wheel.put("cellWidth", CELL_WIDTH);
        wheel.put("cellHeight", CELL_HEIGHT);
        wheel.put("width", WHEEL_LABEL + weeks.size() * CELL_WIDTH + 4);
        wheel.put("height", y + 4);
        return wheel;
    }

    /** The value ranges of the colours 1 to 4: quarters of {@code max}, rounded to whole students. */
    private static List<long[]> levels(long max) {
        List<long[]> levels = new ArrayList<>();
        levels.add(new long[] {0, 0});
        for (int k = 1; k < FILLS.size(); k++) {
            levels.add(new long[] {max * (k - 1) / 4 + 1, max * k / 4});
        }
        return levels;
    }

    private static int level(List<long[]> levels, long students) {
        for (int k = 1; k < levels.size(); k++) {
            if (students > 0 && students <= levels.get(k)[1]) {
                return k;
            }
        }
        return 0;
    }

    /** The table under the heat map: each run of consecutive weeks with the same number of students. */
    private static List<Map<String, Object>> runs(String site, List<LocalDate> weeks, Map<LocalDate, Long> students) {
        List<Map<String, Object>> runs = new ArrayList<>();
        int i = 0;
        while (i < weeks.size()) {
            long count = students.getOrDefault(weeks.get(i), 0L);
            int end = i;
            while (end + 1 < weeks.size() && students.getOrDefault(weeks.get(end + 1), 0L) == count) {
                end++;
            }
            if (count > 0) {
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("site", site);
                run.put("from", weeks.get(i).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                run.put("to", weeks.get(end).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                run.put("fromDate", weeks.get(i).toString());
                run.put("weeks", end - i + 1);
                run.put("students", count);
                runs.add(run);
            }
            i = end + 1;
        }
        return runs;
    }
}
