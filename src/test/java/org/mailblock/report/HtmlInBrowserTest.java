package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.report.SampleReports.Sample;

/** The HTML report in a real headless browser; skipped where no Chromium is installed. */
class HtmlInBrowserTest {

    @TempDir
    Path dir;

    @Test
    void chromiumRendersTheReportAndTakesAScreenshot() throws Exception {
        Optional<String> chromium = chromium();
        assumeTrue(chromium.isPresent(), "no chromium on the PATH");
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Path page = dir.resolve("report.html");
        Files.writeString(page, Reports.render(ReportFormat.HTML, s.diagnosis(), s.facts(), SampleReports.messages("de"), false));

        Path png = dir.resolve("report.png");
        run(chromium.get(), "--screenshot=" + png, "--window-size=1200,2000", page.toUri().toString());
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

        // the DOM as the browser built it: every step, the badges and the timeline are there
        Document dom = Jsoup.parse(run(chromium.get(), "--dump-dom", page.toUri().toString()));
        assertThat(dom.select("ol.plan > li.action")).hasSize(s.diagnosis().actions().size());
        assertThat(dom.select(".badge.required").first().text()).isEqualTo("erforderlich");
        assertThat(dom.select("#timeline svg circle")).hasSizeGreaterThan(2);
    }

    private String run(String chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Optional<String> chromium() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                if (!dirName.isEmpty() && Files.isExecutable(Path.of(dirName, name))) {
                    return Optional.of(Path.of(dirName, name).toString());
                }
            }
        }
        return Optional.empty();
    }
}
