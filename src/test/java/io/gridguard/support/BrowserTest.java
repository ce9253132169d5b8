package io.gridguard.support;

import java.io.File;
import java.time.Duration;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Key pages in a real headless Chromium (Debian's chromium and chromedriver; nothing is downloaded).
 * Without them the browser tests are skipped — except in CI, where they must run.
 */
@ExtendWith(BrowserTest.ChromiumInstalled.class)
public abstract class BrowserTest extends IntegrationTest {

    static final String CHROME = env("CHROME_BIN", "/usr/bin/chromium");
    static final String DRIVER = env("CHROMEDRIVER", "/usr/bin/chromedriver");

    protected static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = startChromium();
    }

    /** A phone-sized headless Chromium; {@code extra} arguments e.g. give it a fake camera. */
    protected static WebDriver startChromium(String... extra) throws java.io.IOException {
        var options = new ChromeOptions();
        options.setBinary(CHROME);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=375,900", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("gridguard-chromium"));
        options.addArguments(extra);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        var started = new ChromeDriver(service, options);
        started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return started;
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected void open(String path) {
        driver.get(base() + path);
    }

    protected void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("gridguard");
        driver.findElement(By.id("sign-in")).click();
        waitUntil(ExpectedConditions.urlToBe(base() + "/"));
    }

    /** Keeps what the page looked like under target/screenshots, for a person to check the layout. */
    protected void screenshot(String name) {
        try {
            var png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            var dir = java.nio.file.Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(TestDatabase.KIND + "-" + name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Waits for the condition; an element that htmx swapped between being found and being read is looked up again
     * (KeyPersonBrowserIT met that while the import's progress refreshed itself).
     */
    protected <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static final class ChromiumInstalled implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean installed = new File(CHROME).canExecute() && new File(DRIVER).canExecute();
            if (installed) {
                return ConditionEvaluationResult.enabled("Chromium at " + CHROME);
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but Chromium/ChromeDriver are not installed at " + CHROME + " / " + DRIVER);
            }
            return ConditionEvaluationResult.disabled("Chromium not installed (apt-get install chromium chromium-driver); skipped outside CI");
        }
    }
}
