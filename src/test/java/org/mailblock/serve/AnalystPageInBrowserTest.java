package org.mailblock.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.cli.MailblockCli;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The analysts' page in a real headless Chromium (the distribution's {@code chromium} and
 * {@code chromium-driver}): what a person sees after pasting a bounce or a bad fact file. It never
 * skips: without Chromium it fails and says how to install it.
 */
class AnalystPageInBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Servers.Running running;
    private static WebDriver browser;

    @BeforeAll
    static void start(@TempDir Path profile) {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("this test drives the page in Chromium: install it with 'apt-get install -y chromium chromium-driver' "
                        + "(.ci/run does so when it is missing)")
                .isTrue();
        running = Servers.start(Servers.settings());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,2000", "--user-data-dir=" + profile.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(120)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (running != null) {
            running.close();
        }
    }

    /** The diagnosis the CLI makes of the same bounce, imported with the same tenant and time. */
    private static JsonNode cliDiagnosis(Path bounce, String tenant, String collectedAt) throws Exception {
        StringWriter facts = new StringWriter();
        assertThat(MailblockCli.run(new String[] {"import", "--tenant", tenant, "--collected-at", collectedAt, "ndr", bounce.toString()},
                new PrintWriter(facts), new PrintWriter(new StringWriter()))).isZero();
        StringWriter json = new StringWriter();
        assertThat(MailblockCli.run(new String[] {"diagnose", "--format", "json", "-"},
                new ByteArrayInputStream(facts.toString().getBytes(StandardCharsets.UTF_8)), new PrintWriter(json),
                new PrintWriter(new StringWriter()))).isZero();
        return JSON.readTree(json.toString());
    }

    /** The element once the page that has it is loaded: a click that submits the form may return before the answer is in. */
    private static WebElement awaited(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<WebElement> found = browser.findElements(By.id(id));
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = browser.findElements(By.id(id));
        }
        return found.isEmpty() ? browser.findElement(By.id(id)) : found.get(0);
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void aPastedBounceShowsTheLeadingCauseAndThePlan() throws Exception {
        String pasted = Files.readString(Forms.OUTLOOK_TEXT);
        JsonNode expected = cliDiagnosis(Forms.OUTLOOK_TEXT, "contoso.onmicrosoft.com", "2026-11-20T10:00:00Z");
        browser.get(running.uri("/").toString());

        type("input", pasted);
        type("tenant", "contoso.onmicrosoft.com");
        type("collectedAt", "2026-11-20T10:00:00Z");
        browser.findElement(By.id("diagnose")).click();

        WebElement report = awaited("report");
        String seen = report.getText();
        assertThat(report.isDisplayed()).isTrue();
        assertThat(expected.get("rootCauses")).isNotEmpty();
        assertThat(seen).contains(expected.get("rootCauses").get(0).get("title").asText());
        for (JsonNode action : expected.get("actions")) {
            assertThat(seen).contains(action.get("title").asText());
        }
        assertThat(seen).contains("5.7.705");
        assertThat(browser.findElements(By.id("input-problems"))).isEmpty();
    }

    @Test
    void aBadFactFileShowsItsProblemsRightBelowTheInput() throws InterruptedException {
        browser.get(running.uri("/").toString());

        type("input", "mailblock: 1\ncollectedAt: yesterday\ntenant:\n  name: contoso.onmicrosoft.com\nndrs:\n  - code: 5.7.705\n");
        browser.findElement(By.id("diagnose")).click();

        WebElement problems = awaited("input-problems");
        WebElement input = browser.findElement(By.id("input"));
        assertThat(problems.isDisplayed()).isTrue();
        assertThat(problems.getText()).contains("pasted text:2:").contains("collectedAt");
        Rectangle box = input.getRect();
        Rectangle below = problems.getRect();
        assertThat(below.getY()).as("the problems start right below the text area").isBetween(box.getY() + box.getHeight(),
                box.getY() + box.getHeight() + 60);
        assertThat(input.getAttribute("value")).contains("collectedAt: yesterday");
        assertThat(browser.findElements(By.id("report"))).isEmpty();
    }
}
