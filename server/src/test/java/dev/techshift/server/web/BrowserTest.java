package dev.techshift.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium: the graph view draws, a node leads to the neighbour's
 * page, quotes are highlighted, and a label holding markup runs no script. Skipped (not passed)
 * when Debian's chromium and chromium-driver are not installed.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static FixtureServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Skipped: the browser test needs /usr/bin/chromium and /usr/bin/chromedriver "
                        + "(apt-get install chromium chromium-driver).");
        System.setProperty("FUSEKI_BASE", Files.createTempDirectory("kg-fuseki-base").toString());
        server = FixtureServer.start(true);
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,3200",
                "--user-data-dir=" + Files.createTempDirectory("kg-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        // Driver and browser are given, so Selenium Manager has nothing to look up or download. Debian's
        // /usr/bin/chromedriver is a link to /usr/lib/chromium/chromedriver, which Selenium reports: compare real paths.
        if (!DRIVER.toRealPath().equals(Path.of(service.getExecutable()).toRealPath())) {
            throw new IllegalStateException("Selenium chose the driver " + service.getExecutable()
                    + " instead of " + DRIVER + ".");
        }
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static long drawnNodes(WebDriver d) {
        Object n = ((JavascriptExecutor) d).executeScript(
                "return window.kgGraph ? window.kgGraph.nodes().length : 0;");
        return n instanceof Number num ? num.longValue() : 0;
    }

    @Test
    void graphViewDrawsAndLeadsToANeighbour() throws Exception {
        driver.get(server.url("/page/org/acme"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> drawnNodes(d) > 3);
        assertTrue(drawnNodes(driver) > 3);
        assertFalse(driver.findElements(By.tagName("mark")).isEmpty(), "highlighted quotes");
        assertTrue(driver.findElements(By.tagName("mark")).stream().anyMatch(m -> m.getText().equals("12.5%")));
        shot("entity-acme");
        String unit = WebConfig.DEFAULT_BASE + "id/unit/acme-shanghai-lab";
        js("window.kgGraph.getElementById('" + unit + "').emit('tap');");
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().endsWith("/page/unit/acme-shanghai-lab"));
        assertEquals("Acme Shanghai Lab", driver.findElement(By.tagName("h1")).getText());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> drawnNodes(d) > 1);
        shot("entity-unit");
        driver.findElement(By.cssSelector("#neighbours a[data-iri='" + WebConfig.DEFAULT_BASE + "id/org/acme']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/page/org/acme"));
    }

    @Test
    void openInSparqlUiLoadsTheQueryIntoTheFusekiEditor() throws Exception {
        driver.get(server.url("/page/org/acme"));
        driver.findElement(By.linkText("open in SPARQL UI")).click();
        String expected = "DESCRIBE <" + WebConfig.DEFAULT_BASE + "id/org/acme>";
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> String.valueOf(((JavascriptExecutor) d)
                .executeScript("var e = document.querySelector('.CodeMirror');"
                        + " return e && e.CodeMirror ? e.CodeMirror.getValue() : '';")).contains(expected));
        shot("sparql-ui");
    }

    @Test
    void markupInALabelRunsNoScript() throws Exception {
        driver.get(server.url("/page/org/evil"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> drawnNodes(d) > 0);
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(Boolean.TRUE, js("return typeof window.kgInjected === 'undefined';"));
        assertEquals("Evil <script>alert(1)</script> Ltd", driver.findElement(By.tagName("h1")).getText());
        shot("entity-evil");
    }

    @Test
    void articlePageMarksTheSpans() throws Exception {
        driver.get(server.url("/page/article/900_fixture"));
        assertTrue(driver.findElements(By.cssSelector("mark.ev")).size() >= 6);
        assertFalse(driver.findElements(By.id("ev-555555555555")).isEmpty());
        shot("article");
    }
}
