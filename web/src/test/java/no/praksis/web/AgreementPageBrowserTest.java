package no.praksis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import no.praksis.browser.HeadlessChromium;
import no.praksis.validator.TestAgreements;
import no.praksis.validator.render.ContractSource;
import no.praksis.validator.render.PdfValidation;

/**
 * The officer's page in a real browser (Debian's Chromium, headless) against a real server: an
 * agreement written from nothing through the form alone, findings that come and go beside their
 * fields, the contract downloaded and checked, and WCAG 2.1 AA checked by axe-core.
 *
 * <p>With {@code -Dpraksis.regenerate=true} the tests also write the screenshots in docs/images/
 * ({@code web/screenshots.sh}).
 */
class AgreementPageBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final boolean REGENERATE = Boolean.getBoolean("praksis.regenerate");
    private static final Path IMAGES = Path.of(System.getProperty("praksis.docs", "../docs")).resolve("images");

    @TempDir
    static Path folder;

    private static PraksisServer server;
    private static ChromeDriver browser;
    private static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        Path agreements = Files.createDirectories(folder.resolve("avtaler"));
        Files.writeString(agreements.resolve("baerum.yaml"), TestAgreements.complete());
        downloads = Files.createDirectories(folder.resolve("nedlastinger"));
        server = PraksisServer.start(new PraksisServer.Settings("127.0.0.1", 0, agreements, null));
        browser = HeadlessChromium.start(1280, 1000, downloads);
        browser.manage().timeouts().scriptTimeout(PATIENCE);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshWindow() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    // ---------------------------------------------------------------- the page and its state

    private static void open(String language) {
        browser.get("http://127.0.0.1:" + server.port() + "/?lang=" + language);
        waitFor(() -> !browser.findElements(By.cssSelector("#agreement-form [data-pointer=\"/id\"]")).isEmpty(),
                "the form is generated from the schema");
        checked();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void waitFor(Supplier<Boolean> condition, String what) {
        Instant end = Instant.now().plus(PATIENCE);
        while (!holds(condition)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for: " + what);
            }
            sleep(50);
        }
    }

    /** Whether {@code condition} holds now; not while the form is being drawn anew (an element gone, or not yet there). */
    private static boolean holds(Supplier<Boolean> condition) {
        try {
            return Boolean.TRUE.equals(condition.get());
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until the page has the server's findings for what the form holds now (data-state done). */
    private static void checked() {
        waitFor(() -> "done".equals(browser.findElement(By.id("findings-summary")).getDomAttribute("data-state")),
                "the check of the agreement as it stands");
    }

    private static WebElement field(String pointer) {
        return browser.findElement(By.cssSelector("#agreement-form [data-pointer=\"" + pointer + "\"]"));
    }

    private static boolean hasField(String pointer) {
        return !browser.findElements(By.cssSelector("#agreement-form [data-pointer=\"" + pointer + "\"]")).isEmpty();
    }

    private static List<String> findingRules() {
        return browser.findElements(By.cssSelector("#findings-list .finding__rule")).stream().map(WebElement::getText).toList();
    }

    /** The messages shown beside {@code pointer}'s field: those its aria-describedby names, which a screen reader reads with it. */
    private static List<String> messagesAt(String pointer) {
        String describedBy = field(pointer).getDomAttribute("aria-describedby");
        List<String> messages = new ArrayList<>();
        for (String id : describedBy == null ? new String[0] : describedBy.split(" ")) {
            if (id.startsWith("finding-")) {
                messages.add(browser.findElement(By.id(id)).getText());
            }
        }
        return messages;
    }

    // ---------------------------------------------------------------- writing through the form

    /** The leaves of the complete example, in its order, as pointer → value. */
    private static Map<String, Object> leaves(Object node, String pointer, Map<String, Object> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> leaves(value, pointer + "/" + key, into));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                leaves(list.get(i), pointer + "/" + i, into);
            }
        } else {
            into.put(pointer, node);
        }
        return into;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    /** Adds list entries with the list's own button until the field at {@code pointer} is there. */
    private static void makeRoomFor(String pointer) {
        String[] segments = pointer.substring(1).split("/");
        StringBuilder at = new StringBuilder();
        for (String segment : segments) {
            String list = at.toString();
            at.append('/').append(segment);
            if (segment.matches("\\d+")) {
                for (int tries = 0; !hasField(at.toString()); tries++) {
                    assertThat(tries).as("entries added to " + list).isLessThan(50);
                    WebElement add = browser.findElement(By.cssSelector("#agreement-form [data-add=\"" + list + "\"]"));
                    js("arguments[0].scrollIntoView({block: 'center'})", add);
                    add.click();
                }
            }
        }
    }

    /** Types, chooses or ticks {@code value} in the field at {@code pointer}, as a user does. */
    private static void enter(String pointer, Object value) {
        makeRoomFor(pointer);
        WebElement input = field(pointer);
        js("arguments[0].scrollIntoView({block: 'center'})", input);
        String text = String.valueOf(value);
        switch (input.getTagName()) {
            case "select" -> input.findElement(By.cssSelector("option[value=\"" + text + "\"]")).click();
            case "textarea" -> type(input, text);
            default -> {
                String type = input.getDomAttribute("type");
                if ("checkbox".equals(type)) {
                    if (input.isSelected() != Boolean.TRUE.equals(value)) {
                        input.click();
                    }
                } else if ("date".equals(type)) {
                    // A date field takes keys in the browser's own order of day, month and year; what
                    // the user ends with is its ISO value and the input event, which this sets.
                    js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
                            input, text);
                } else if (!text.equals(input.getDomProperty("value"))) {
                    type(input, text);
                }
            }
        }
    }

    private static void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    @Test
    void anAgreementIsWrittenFromNothingThroughTheFormAndDownloadedAsAContract() throws Exception {
        open("nb");
        // A new agreement: the form is empty, and the findings say what the law asks for first.
        assertThat(field("/id").getDomProperty("value")).isEmpty();
        assertThat(findingRules()).contains("SCHEMA-REQUIRED", "RAMMEPLAN-3-CAPACITY");
        assertThat(browser.findElement(By.id("btn-render")).getText()).isEqualTo("Last ned utkast");
        // A missing section's finding is shown at its section, not at the top.
        assertThat(messagesAt("/capacity")).anySatisfy(m -> assertThat(m).startsWith("Feil: ").contains("capacity"));
        assertThat(messagesAt("/id")).anySatisfy(m -> assertThat(m).contains("«id»"));
        assertThat(field("/id").getDomAttribute("aria-invalid")).isEqualTo("true");
        // A finding about a missing field leads to that field in the form, not to line 1 of the text.
        WebElement first = browser.findElement(By.cssSelector("#findings-list .finding"));
        assertThat(first.findElements(By.cssSelector(".finding__where"))).isEmpty();
        first.findElement(By.cssSelector(".finding__go")).click();
        assertThat(browser.switchTo().activeElement().getDomAttribute("data-pointer")).isEqualTo("/id");
        screenshot("serve-new-agreement");

        Map<String, Object> complete = yaml(TestAgreements.complete());
        complete.remove("extensions");
        Map<String, Object> leaves = leaves(complete, "", new LinkedHashMap<>());
        leaves.remove("/format");
        leaves.forEach(AgreementPageBrowserTest::enter);
        checked();

        assertThat(findingRules()).as("the complete example, written through the form").isEmpty();
        assertThat(browser.findElement(By.id("findings-summary")).getText()).isEqualTo("Ingen funn. Avtalen er gyldig.");
        assertThat(browser.findElement(By.id("btn-render")).getText()).isEqualTo("Last ned kontrakt");
        // The YAML view holds the same agreement.
        String yamlView = (String) js("return document.getElementById('yaml-text').value");
        assertThat(yaml(yamlView)).isEqualTo(complete);

        // A finding appears beside the field that causes it, and goes when the field is put right.
        String number = "/parties/municipalities/0/municipalityNumber";
        enter(number, "9998");
        checked();
        assertThat(findingRules()).isNotEmpty();
        assertThat(messagesAt(number)).singleElement().asString().startsWith("Feil: ").contains("9998");
        assertThat(field(number).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("btn-render")).getText()).isEqualTo("Last ned utkast");
        screenshot("serve-finding-at-field");
        // From the list, the finding leads to its field.
        WebElement go = browser.findElement(By.cssSelector("#findings-list .finding__go"));
        go.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getDomAttribute("data-pointer")).isEqualTo(number);
        enter(number, "3201");
        checked();
        assertThat(findingRules()).isEmpty();
        assertThat(messagesAt(number)).isEmpty();
        assertThat(field(number).getDomAttribute("aria-invalid")).isNull();
        screenshot("serve-valid-agreement");

        // The contract: a PDF/A-3a carrying the very agreement the form wrote.
        browser.findElement(By.id("btn-render")).click();
        Path pdf = downloads.resolve("oslomet-baerum-helse-2026-v1.pdf");
        waitFor(() -> Files.isRegularFile(pdf) && !Files.exists(downloads.resolve(pdf.getFileName() + ".crdownload")),
                "the contract in the downloads folder");
        waitFor(() -> browser.findElement(By.id("status")).getText().equals("Kontrakten er lastet ned."), "the download announced");
        byte[] contract = Files.readAllBytes(pdf);
        assertThat(PdfValidation.failures(contract, PDFAFlavour.PDFA_3_A)).isEmpty();
        ContractSource.Source source = ContractSource.extract(contract, "nb").orElseThrow();
        assertThat(yaml(new String(source.content(), StandardCharsets.UTF_8))).isEqualTo(complete);
        try (PDDocument document = Loader.loadPDF(contract)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Samarbeidsavtale om praksisstudier i kommunale helse- og omsorgstjenester")
                    .contains("Bærum kommune").doesNotContain("UTKAST");
            assertThat(document.getDocumentCatalog().getAcroForm().getFields())
                    .as("signature fields").isNotEmpty();
        }
    }

    @Test
    void aDraftIsDownloadedWhileErrorsRemain() throws Exception {
        open("nb");
        enter("/id", "utkast-til-avtale");
        enter("/title", "Samarbeidsavtale om praksis");
        checked();
        assertThat(browser.findElement(By.id("btn-render")).getText()).isEqualTo("Last ned utkast");
        browser.findElement(By.id("btn-render")).click();
        Path pdf = downloads.resolve("utkast-til-avtale-v1-utkast.pdf");
        waitFor(() -> Files.isRegularFile(pdf) && !Files.exists(downloads.resolve(pdf.getFileName() + ".crdownload")),
                "the draft in the downloads folder");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Samarbeidsavtale om praksis").contains("Gjenstående funn");
        }
    }

    @Test
    void aFileOpenedFromDiskFillsTheFormAndTheYamlViewEditsIt() throws Exception {
        open("nb");
        Path file = Files.writeString(folder.resolve("bærum.yaml"), TestAgreements.complete());
        browser.findElement(By.id("file-input")).sendKeys(file.toString());
        waitFor(() -> "oslomet-baerum-helse-2026".equals(field("/id").getDomProperty("value")), "the file in the form");
        checked();
        assertThat(findingRules()).isEmpty();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Åpnet bærum.yaml.");

        // The YAML view, edited by hand, changes the form; a broken text leaves the form as it was.
        browser.findElement(By.id("tab-yaml")).click();
        WebElement text = browser.findElement(By.id("yaml-text"));
        String yaml = text.getDomProperty("value");
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", text,
                yaml.replace("noticeMonths: 6", "noticeMonths: 3"));
        waitFor(() -> "3".equals(field("/term/noticeMonths").getDomProperty("value")), "the form follows the YAML view");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n  : [");
        waitFor(() -> browser.findElement(By.id("yaml-error")).isDisplayed(), "the YAML error shown");
        assertThat(browser.findElement(By.id("yaml-error")).getText()).startsWith("YAML-teksten kan ikke leses");
        assertThat(field("/term/noticeMonths").getDomProperty("value")).isEqualTo("3");
        // The findings are the server's for the text as it stands: the line it cannot read.
        checked();
        int lines = text.getDomProperty("value").split("\n", -1).length;
        assertThat(findingRules()).containsExactly("parse");
        assertThat(browser.findElement(By.cssSelector("#findings-list .finding__go")).getText()).startsWith("Innrykket");
        screenshot("serve-yaml-view");
        assertAccessible("the YAML view with an error");

        // Saved as written: nothing the user typed is lost, not even a line that cannot be read.
        browser.findElement(By.id("btn-save")).click();
        Path saved = downloads.resolve("oslomet-baerum-helse-2026.yaml");
        waitFor(() -> Files.isRegularFile(saved), "the YAML saved to the downloads folder");
        waitFor(() -> {
            try {
                return Files.readString(saved).equals(text.getDomProperty("value"));
            } catch (IOException e) {
                return false;
            }
        }, "the saved file as the YAML view holds it (" + lines + " lines)");
        Files.delete(saved);
    }

    @Test
    void aFileThatCannotBeReadIsKeptInTheYamlViewWithTheLineThatIsWrong() throws Exception {
        open("nb");
        Path file = Files.writeString(folder.resolve("ødelagt.yaml"), "format: praksisavtale/v1\nid: a\n  : [\n");
        browser.findElement(By.id("file-input")).sendKeys(file.toString());
        waitFor(() -> browser.findElement(By.id("yaml-text")).isDisplayed(), "the YAML view shown");
        assertThat(browser.findElement(By.id("yaml-text")).getDomProperty("value")).isEqualTo(Files.readString(file));
        checked();
        assertThat(findingRules()).containsExactly("parse");
        assertThat(browser.findElement(By.cssSelector("#findings-list .finding__where")).getText()).isEqualTo("linje 3, kolonne 3");
        assertThat(browser.findElement(By.id("yaml-error")).getText())
                .isEqualTo("YAML-teksten kan ikke leses, og skjemaet er ikke endret. Feilen er på linje 3, kolonne 3."
                        + " Funnet i listen sier hva som er galt.");
        // From the list, the finding leads to its line in the text.
        browser.findElement(By.id("tab-form")).click();
        browser.findElement(By.cssSelector("#findings-list .finding__go")).click();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("yaml-text");
        assertThat(js("return document.getElementById('yaml-text').selectionStart"))
                .isEqualTo((long) "format: praksisavtale/v1\nid: a\n  ".length());
    }

    @Test
    void theFormAddsAndRemovesListEntriesAndOffersCodeListsAsChoices() {
        open("nb");
        WebElement add = browser.findElement(By.cssSelector("[data-add=\"/sites\"]"));
        assertThat(add.getText()).isEqualTo("Legg til praksissted");
        add.click();
        add = browser.findElement(By.cssSelector("[data-add=\"/sites\"]"));
        add.click();
        assertThat(hasField("/sites/1/name")).isTrue();
        // The new entry's first field has the focus, and the change is announced.
        assertThat(browser.switchTo().activeElement().getDomAttribute("data-pointer")).startsWith("/sites/1/");
        WebElement area = field("/sites/0/serviceArea");
        assertThat(area.getTagName()).isEqualTo("select");
        assertThat(area.findElements(By.tagName("option")).stream().map(o -> o.getDomAttribute("value")))
                .contains("sykehjem", "hjemmetjeneste");
        assertThat(field("/term/effectiveFrom").getDomAttribute("type")).isEqualTo("date");
        assertThat(browser.findElement(By.cssSelector("label[for=\"" + field("/id").getDomAttribute("id") + "\"]")).getText()
                .replaceAll("\\s+", " ")).isEqualTo("Avtale-ID Må fylles ut");
        assertThat(field("/id").getDomAttribute("aria-required")).isEqualTo("true");
        // The help text is the schema's description, in Norwegian, read with the field.
        String help = field("/id").getDomAttribute("aria-describedby").split(" ")[0];
        assertThat(browser.findElement(By.id(help)).getText()).contains("Bruk små bokstaver, sifre og bindestrek");

        List<WebElement> removes = browser.findElements(By.cssSelector("[data-pointer=\"/sites\"] .remove"));
        assertThat(removes).hasSize(2);
        removes.get(0).click();
        assertThat(hasField("/sites/1/name")).isFalse();
        assertThat(hasField("/sites/0/name")).isTrue();
        waitFor(() -> browser.findElement(By.id("status")).getText().endsWith("er fjernet."), "the removal announced");
    }

    @Test
    void theNewAgreementDialogAsksBeforeItEmptiesTheForm() {
        open("nb");
        enter("/id", "en-avtale");
        browser.findElement(By.id("btn-new")).click();
        WebElement dialog = browser.findElement(By.id("new-dialog"));
        // Designsystemet fades the dialog in (from opacity 0); it is judged once it is there.
        waitFor(() -> Boolean.TRUE.equals(js("return arguments[0].getAnimations().length === 0", dialog)), "the dialog shown");
        assertThat(dialog.isDisplayed()).isTrue();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("the safe choice has the focus").isEqualTo("new-cancel");
        assertAccessible("the dialog");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(dialog.isDisplayed()).isFalse();
        assertThat(field("/id").getDomProperty("value")).isEqualTo("en-avtale");

        browser.findElement(By.id("btn-new")).click();
        browser.findElement(By.id("new-confirm")).click();
        assertThat(field("/id").getDomProperty("value")).isEmpty();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("btn-new");
    }

    @Test
    void thePageSpeaksNynorskAndEnglishAndLinksThePortfolio() throws Exception {
        open("nn");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nn");
        assertThat(browser.findElement(By.id("btn-new")).getText()).isEqualTo("Ny avtale");
        assertThat(browser.findElement(By.cssSelector(".ds-skip-link")).getDomProperty("textContent")).isEqualTo("Hopp til innhaldet");
        assertThat(browser.findElement(By.cssSelector("#findings-list .finding__go")).getText()).contains("manglar");
        // The form's titles and help texts are the schema's, in nynorsk.
        assertThat(browser.findElement(By.cssSelector("[data-pointer=\"/sites\"] > legend")).getText()).startsWith("Praksisstader");
        assertThat(field("/term/reviewCycle").findElements(By.tagName("option")).stream().map(WebElement::getText))
                .contains("Kvart år (annual)");
        String help = field("/id").getDomAttribute("aria-describedby").split(" ")[0];
        assertThat(browser.findElement(By.id(help)).getText()).contains("Bruk små bokstavar, siffer og bindestrek");
        screenshot("serve-nynorsk");

        WebElement chooser = browser.findElement(By.id("lang"));
        chooser.findElement(By.cssSelector("option[value=\"en\"]")).click();
        checked();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("btn-render")).getText()).isEqualTo("Download draft");
        assertThat(browser.findElement(By.cssSelector("#findings-list .finding__go")).getText()).contains("missing");
        waitFor(() -> browser.findElement(By.cssSelector("[data-pointer=\"/sites\"] > legend")).getText().startsWith("Placement sites"),
                "the form in English");
        assertThat(browser.findElement(By.cssSelector("label[for=\"" + field("/id").getDomAttribute("id") + "\"]")).getText()
                .replaceAll("\\s+", " ")).isEqualTo("Agreement ID Required");
        waitFor(() -> field("/language").findElements(By.tagName("option")).stream().map(WebElement::getText)
                .anyMatch("English (en)"::equals), "the choices named in English");
        assertThat(browser.getCurrentUrl()).endsWith("?lang=en");

        WebElement portfolio = browser.findElement(By.id("portfolio-link"));
        waitFor(portfolio::isDisplayed, "the portfolio link (the server has --dir)");
        portfolio.click();
        waitFor(() -> browser.getPageSource().contains("baerum.yaml"), "the portfolio overview of the folder");
    }

    @Test
    void thePageMeetsWcag21AaAsAxeCoreChecksIt() throws IOException {
        open("nb");
        assertAccessible("a new agreement, with its findings");
        // The explanation of a rule of law, with its source.
        browser.findElements(By.cssSelector("#findings-list .finding")).stream()
                .filter(f -> f.findElement(By.cssSelector(".finding__rule")).getText().equals("RAMMEPLAN-3-CAPACITY"))
                .findFirst().orElseThrow().findElement(By.cssSelector("button[aria-expanded]")).click();
        waitFor(() -> !browser.findElements(By.cssSelector(".finding__explain[data-loaded]")).isEmpty(), "the explanation");
        assertThat(browser.findElement(By.cssSelector(".finding__explain[data-loaded]")).getText()).contains("Rettsgrunnlag")
                .contains("Forskrift om felles rammeplan");
        assertAccessible("an explanation shown");
        // The page works at a phone's width too.
        browser.manage().window().setSize(new Dimension(390, 900));
        assertAccessible("a narrow window");
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at 390 px").isTrue();
        screenshot("serve-narrow");
    }

    /** No violation of WCAG 2.0/2.1 A and AA that axe-core (vendored, tests only) finds on the page as it is. */
    private static void assertAccessible(String state) {
        String axe;
        try (InputStream in = AgreementPageBrowserTest.class.getResourceAsStream("/axe-core/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            js(axe);
        }
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        assertThat((List<?>) result).as("axe-core on " + state).isEmpty();
    }

    private static void screenshot(String name) throws IOException {
        if (!REGENERATE) {
            return;
        }
        Files.createDirectories(IMAGES);
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(IMAGES.resolve(name + ".png"), png);
    }
}
