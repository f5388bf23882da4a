package com.kt.eventmarketing.web.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One real headless Chromium per test JVM (Debian's {@code chromium} and {@code chromedriver}, which {@code .ci/run}
 * installs), sized like a phone (390 × 844 CSS pixels) and speaking Korean, reused by every browser test and closed at
 * JVM exit. Each test starts from a clean slate with {@link #reset()}.
 */
public final class Browser {

    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private static Browser shared;

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser() {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("The browser tests need Chromium and ChromeDriver (" + chromium + ", "
                    + chromedriver + "): apt-get install chromium chromium-driver, or set CHROMIUM and CHROMEDRIVER");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("kt-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--lang=ko-KR",
                "--user-data-dir=" + profile,
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // a page replaced while being read (navigation, htmx swap) is read again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
    }

    public static synchronized Browser shared() {
        if (shared == null) {
            shared = new Browser();
        }
        return shared;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** No cookies, blank page: the next test is a new visitor. */
    public Browser reset() {
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
        return this;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    /** Waits until the page's text contains {@code text} (e.g. after an htmx swap or a redirect). */
    public Browser waitForText(String text) {
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "\"" + text + "\" did not appear on " + driver.getCurrentUrl() + ", which shows:\n"
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
        return this;
    }

    public Browser waitFor(String css) {
        find(css);
        return this;
    }

    /** Waits (up to {@code timeout}) for a condition on the page, e.g. a live update. */
    public Browser waitUntil(Duration timeout, java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver, timeout)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.apply((ChromeDriver) d));
        return this;
    }

    /**
     * The text of the element, read again when the page replaces the element while it is being read
     * (an htmx swap just finishing: Chrome answers "Node … does not belong to the document").
     */
    public String textOf(String css) {
        return wait.until(d -> {
            try {
                return d.findElement(By.cssSelector(css)).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.NoSuchElementException e) {
                return null;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Bytes the page cost over the network (Resource Timing: the document plus every resource's transfer size,
     * compressed as sent), excluding URLs that contain any of {@code excluded} (e.g. the event's image).
     */
    public long transferredBytes(String... excluded) {
        String js = """
                const skip = arguments[0];
                const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return entries.filter(e => !skip.some(s => e.name.includes(s)))
                              .reduce((sum, e) => sum + (e.transferSize || 0), 0);""";
        return ((Number) script(js, List.of(excluded))).longValue();
    }

    /**
     * The current page's accessibility problems by axe-core's WCAG 2.1 A/AA rules (labels, names, contrast, landmarks,
     * ARIA, …), one line each: rule (impact): what — where. Empty when there are none.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        script(axeSource());
        Object found = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe did not run: ' + e]));");
        return (List<String>) found;
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "axe.min.js (com.deque.html.axe-core:selenium) is not on the classpath");
                }
                axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    /**
     * What the current page costs a first-time visitor: the browser's cache is emptied, the page reloaded (a GET),
     * and {@link #transferredBytes} summed once the page has settled.
     */
    public long coldPageBytes(String... excluded) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.navigate().refresh();
        wait.until(d -> "complete".equals(script("return document.readyState")));
        try {
            Thread.sleep(300); // deferred scripts and late resources
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return transferredBytes(excluded);
    }

    /**
     * A screenshot of the whole page at phone width into {@code dir/name.png}, for the user guide. The window is
     * stretched to the page's height for the shot and restored after.
     */
    public Path screenshot(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            long height = ((Number) script(
                            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"))
                    .longValue();
            driver.manage().window().setSize(new Dimension(PHONE_WIDTH, (int)
                    Math.min(Math.max(height, PHONE_HEIGHT), 4000)));
            // lazy images now inside the stretched window load; wait for them (and the fonts)
            try {
                new WebDriverWait(driver, Duration.ofSeconds(15))
                        .until(d -> Boolean.TRUE.equals(script("return document.fonts.status === 'loaded'"
                                + " && Array.from(document.images).every(i => i.complete)")));
            } catch (org.openqa.selenium.TimeoutException slowImages) {
                // photograph what there is
            }
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
