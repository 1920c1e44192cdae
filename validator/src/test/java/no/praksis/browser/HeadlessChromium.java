package no.praksis.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its own chromedriver: the browser the HTML report and the web
 * page are tested in. Selenium Manager is never asked to download a browser or driver: both must be
 * installed, and a test fails (it does not skip) when they are not, so that a machine without them
 * cannot pass it.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Held, so that its level stays: the tests use WebDriver only, not the DevTools protocol, whose
     * bindings Selenium warns it lacks for each new Chromium.
     */
    private static final Logger CDP = Logger.getLogger("org.openqa.selenium.devtools");

    private HeadlessChromium() {
    }

    /** A new browser window of {@code width}×{@code height}; downloads, when {@code downloads} is not null, go there without asking. */
    public static ChromeDriver start(int width, int height, Path downloads) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("This is tested in a real browser, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: install them with `apt-get install chromium chromium-driver`"
                    + " (or run .ci/run, which does).");
        }
        CDP.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=" + width + "," + height,
                "--lang=nb-NO");
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "safebrowsing.enabled", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
