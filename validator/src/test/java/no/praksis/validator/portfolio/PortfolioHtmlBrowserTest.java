package no.praksis.validator.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import no.praksis.browser.HeadlessChromium;

/** The HTML report as a browser draws it: Debian's Chromium, headless ({@link HeadlessChromium}). */
class PortfolioHtmlBrowserTest {

    private static ChromeDriver browser;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1280, 2000, null);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(Portfolio portfolio, String language, String name) throws IOException {
        Path page = folder.resolve(name);
        Files.writeString(page, PortfolioHtmlTest.html(portfolio, language));
        browser.get(page.toUri().toString());
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static double number(WebElement element, String attribute) {
        return Double.parseDouble(element.getDomAttribute(attribute));
    }

    @Test
    void theBarsAreTheFiguresOfEachCycle() throws IOException {
        Portfolio portfolio = PortfolioHtmlTest.example("nb");
        open(portfolio, "nb", "example.html");
        CapacityTotals totals = new CapacityTotals(portfolio.capacity());
        List<WebElement> charts = browser.findElements(By.cssSelector("figure.bar-chart"));
        assertThat(charts).hasSize(2 * totals.cycles().size());
        for (int c = 0; c < totals.cycles().size(); c++) {
            String cycle = totals.cycles().get(c);
            assertBars(charts.get(2 * c), "programme", totals.byProgramme(cycle));
            assertBars(charts.get(2 * c + 1), "municipality", totals.byMunicipality(cycle));
        }
        // Names where the agreements give them.
        assertThat(charts.get(1).findElements(By.cssSelector("g.bar-row text:not(.value)")))
                .extracting(WebElement::getText)
                .containsExactly("Asker kommune (3203)", "Ringerike kommune (3305)", "Hole kommune (3310)");
        assertThat(charts.get(0).findElement(By.cssSelector("table th[scope=row]")).getText())
                .isEqualTo("Bachelor i sykepleie (sykepleier)");
    }

    /** One bar per key, drawn as long as its figure says, with the figure printed by it and in the table below. */
    private static void assertBars(WebElement chart, String kind, Map<String, Long> figures) {
        assertThat(chart.getDomAttribute("data-kind")).isEqualTo(kind);
        WebElement svg = chart.findElement(By.tagName("svg"));
        assertAccessible(svg);
        List<WebElement> bars = svg.findElements(By.cssSelector("g.bar-row"));
        assertThat(bars).hasSize(figures.size());
        long max = figures.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        double longest = bars.stream().mapToDouble(bar -> bar.findElement(By.cssSelector("rect.bar")).getRect().getWidth())
                .max().orElseThrow();
        assertThat(longest).as("the bars are drawn").isGreaterThan(100);
        List<String> keys = new ArrayList<>(figures.keySet());
        for (int i = 0; i < bars.size(); i++) {
            WebElement bar = bars.get(i);
            long value = figures.get(keys.get(i));
            assertThat(bar.getDomAttribute("data-key")).isEqualTo(keys.get(i));
            assertThat(bar.findElement(By.cssSelector("text.value")).getText()).isEqualTo(String.valueOf(value));
            double drawn = bar.findElement(By.cssSelector("rect.bar")).getRect().getWidth();
            assertThat(drawn / longest).as(kind + " " + keys.get(i)).isCloseTo((double) value / max, within(0.02));
        }
        // The table under the chart has the same numbers, and their sum.
        WebElement table = chart.findElement(By.cssSelector("svg + table"));
        assertThat(table.findElement(By.tagName("caption")).getText()).isNotBlank();
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(figures.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).findElement(By.cssSelector("th[scope=row]")).getText())
                    .isEqualTo(bars.get(i).findElement(By.tagName("title")).getDomProperty("textContent")
                            .replaceFirst(": \\d+$", ""));
            assertThat(rows.get(i).findElement(By.tagName("td")).getText()).isEqualTo(String.valueOf(figures.get(keys.get(i))));
        }
        assertThat(table.findElement(By.cssSelector("tfoot td")).getText())
                .isEqualTo(String.valueOf(figures.values().stream().mapToLong(Long::longValue).sum()));
    }

    /** A chart is an image with a text alternative: role img, and a title and description it is labelled by. */
    private static void assertAccessible(WebElement svg) {
        assertThat(svg.getDomAttribute("role")).isEqualTo("img");
        String[] labels = svg.getDomAttribute("aria-labelledby").split(" ");
        assertThat(labels).hasSize(2);
        assertThat(browser.findElement(By.id(labels[0])).getTagName()).isEqualTo("title");
        assertThat(browser.findElement(By.id(labels[1])).getTagName()).isEqualTo("desc");
        for (String label : labels) {
            assertThat(browser.findElement(By.id(label)).getDomProperty("textContent")).isNotBlank();
        }
    }

    @Test
    void theHeatMapHasACellPerSiteAndWeekWithTheStudentsOfTheYearWheel() throws IOException {
        Portfolio portfolio = PortfolioHtmlTest.example("nb");
        open(portfolio, "nb", "wheel.html");
        CapacityTotals totals = new CapacityTotals(portfolio.capacity());
        List<CapacityTotals.SiteWeeks> sites = totals.yearWheel("2026/2027");
        List<java.time.LocalDate> weeks = CapacityTotals.weeksOf(java.time.LocalDate.of(2026, 8, 1));
        assertThat(sites).as("the example places students by week").hasSize(2);

        WebElement svg = browser.findElement(By.cssSelector("#wheel svg"));
        assertAccessible(svg);
        assertThat(browser.findElement(By.id("wheel-title")).getText()).contains("2026/2027");
        List<WebElement> rows = svg.findElements(By.cssSelector("g.wheel-row"));
        assertThat(rows).hasSize(sites.size());
        assertThat(svg.findElements(By.cssSelector("g.heat-cell"))).hasSize(sites.size() * weeks.size());
        // The students in each cell are its number (as text when any, and in its title), not only its colour.
        assertThat(rows).extracting(row -> row.getDomAttribute("data-site"))
                .containsExactly("Risenga sykehjem, Asker kommune", "Hole sykehjem, Hole kommune");
        for (int s = 0; s < sites.size(); s++) {
            List<WebElement> cells = rows.get(s).findElements(By.cssSelector("g.heat-cell"));
            for (int w = 0; w < weeks.size(); w++) {
                long expected = sites.get(s).studentsByWeek().getOrDefault(weeks.get(w), 0L);
                WebElement cell = cells.get(w);
                assertThat(number(cell, "data-value")).isEqualTo(expected);
                assertThat(cell.findElement(By.tagName("title")).getDomProperty("textContent")).endsWith(": " + expected + " studenter");
                List<WebElement> text = cell.findElements(By.tagName("text"));
                if (expected > 0) {
                    assertThat(text).singleElement().extracting(WebElement::getText).isEqualTo(String.valueOf(expected));
                    assertThat(cell.findElement(By.tagName("rect")).getDomAttribute("fill")).isNotEqualTo("#f1f3f5");
                } else {
                    assertThat(text).isEmpty();
                }
            }
        }
        // The legend names values, and the table lists the same weeks: 12 and 6 students in weeks 37–44 and 2–9.
        assertThat(browser.findElements(By.cssSelector(".legend li"))).extracting(WebElement::getText)
                .contains("0", "10–12");
        List<WebElement> runs = browser.findElements(By.cssSelector("table.wheel-table tbody tr"));
        long tabled = 0;
        for (WebElement run : runs) {
            tabled += (long) number(run, "data-weeks") * (long) number(run, "data-students");
        }
        long drawn = sites.stream().flatMap(site -> site.studentsByWeek().values().stream()).mapToLong(Long::longValue).sum();
        assertThat(tabled).isEqualTo(drawn);
        assertThat(runs).extracting(WebElement::getText).containsExactly(
                "Risenga sykehjem, Asker kommune 37–44 12", "Risenga sykehjem, Asker kommune 2–9 12",
                "Hole sykehjem, Hole kommune 37–44 6", "Hole sykehjem, Hole kommune 2–9 6");
    }

    @Test
    void thePageShowsTheFindingsAndAgreementsAndRequestsNothing() throws IOException {
        open(PortfolioHtmlTest.example("en"), "en", "english.html");
        assertThat(js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("headline")).getText())
                .isEqualTo("The portfolio as of 2026-12-01: 3 agreements, 3 in force and counted.");
        WebElement finding = browser.findElement(By.cssSelector("tr.finding"));
        assertThat(finding.getText()).contains("⚠ Warning").contains("PORTFOLIO-ONE-WAY-IN")
                .contains("examples/portfolio/oslomet-asker.yaml:147");
        assertThat(browser.findElements(By.cssSelector("tr.agreement"))).hasSize(3)
                .allSatisfy(row -> assertThat(row.getText()).contains("Yes, in force"));
        assertThat(js("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
        assertThat(js("return document.querySelectorAll('script, link, img, iframe').length")).isEqualTo(0L);
    }

    @Test
    void aScriptInAnAgreementIsShownAsTextAndNeverRuns() throws IOException {
        open(PortfolioHtmlTest.hostile(), "nb", "hostile.html");
        assertThat(js("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(js("return document.querySelectorAll('script, img').length")).isEqualTo(0L);
        assertThat(js("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
        // Every chart is still whole: the «</svg>» in a name closed nothing.
        assertThat(browser.findElements(By.cssSelector("svg[role=img]"))).hasSize(2 * 3 + 1);
        assertThat(browser.findElement(By.id("agreements")).getText()).contains("OsloMet " + PortfolioHtmlTest.HOSTILE_TEXT)
                .contains("Bærum " + PortfolioHtmlTest.HOSTILE_TEXT).contains("<script>alert(1)</script>.yaml")
                .contains("Nei: har feil");
        assertThat(browser.findElements(By.cssSelector("figure.bar-chart[data-kind=municipality] tbody th")))
                .extracting(WebElement::getText).allSatisfy(name -> assertThat(name).startsWith("Bærum " + PortfolioHtmlTest.HOSTILE_TEXT));
        assertThat(browser.findElement(By.cssSelector("#wheel g.wheel-row")).getDomAttribute("data-site"))
                .startsWith(PortfolioHtmlTest.HOSTILE_TEXT);
        assertThat(browser.findElements(By.cssSelector("tr.finding"))).isNotEmpty()
                .anySatisfy(row -> assertThat(row.getText()).contains("✖ Feil").contains("oedelagt.yaml:"));
    }
}
