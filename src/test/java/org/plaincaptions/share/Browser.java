package org.plaincaptions.share;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real browser for the reader page: Debian's {@code chromium} driven by its {@code chromedriver},
 * headless, phone-sized, with its own empty profile. Both paths are given, so Selenium never looks
 * for (or downloads) a browser or a driver. Chromium's own background traffic is switched off.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A phone in portrait: 390 × 844 CSS pixels. */
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Fails (on CI) or skips (elsewhere) when Debian's chromium and chromium-driver are not installed. */
    public static void assumeInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    public static Browser open() throws IOException {
        assumeInstalled();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("pc-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--metrics-recording-only", "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--user-data-dir=" + profile, "--window-size=" + PHONE.width + "," + PHONE.height,
                "--remote-allow-origins=*");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(PHONE);
        return new Browser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Every URL the page asked for since the last call (from the browser's own network log). */
    public List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                com.fasterxml.jackson.databind.JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new IllegalStateException("The browser's network log is not JSON: " + entry.getMessage(), e);
            }
        }
        return urls;
    }

    /** The host and port of a URL, or its scheme for data: and blob: URLs. */
    public static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getHost() == null ? uri.getScheme() + ":" : uri.getHost() + ":" + uri.getPort();
    }

    /** A screenshot of the page as it is now. */
    public void screenshot(Path file) throws IOException {
        File shot = driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Messages the page logged or errors it met (a CSP refusal shows here). */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    public static Map<String, Object> map(Object o) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) o;
        return m;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder: the system clears it in the end
            }
        }
    }
}
