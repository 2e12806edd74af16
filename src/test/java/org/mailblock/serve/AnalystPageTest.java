package org.mailblock.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.mailblock.cli.MailblockCli;

/** The analysts' page over plain HTTP: the form, a report for a fact file or a bounce, and problems beside the input. */
class AnalystPageTest {

    @AutoClose
    private static final Servers.Running running = Servers.start(Servers.settings());

    private static Document post(Forms form, int expectedStatus) {
        Http.Reply reply = Http.post(running.uri("/"), Forms.CONTENT_TYPE, form.body());
        assertThat(reply.status()).as(reply.text()).isEqualTo(expectedStatus);
        assertThat(reply.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'"));
        return Jsoup.parse(reply.text());
    }

    /** What {@code mailblock import ndr ... | mailblock diagnose --format html -} prints, cut to the report's body. */
    private static String cliReportBody(String lang, String... importArgs) {
        StringWriter facts = new StringWriter();
        int imported = MailblockCli.run(importArgs, new PrintWriter(facts), new PrintWriter(new StringWriter()));
        assertThat(imported).isZero();
        StringWriter html = new StringWriter();
        int diagnosed = MailblockCli.run(new String[] {"diagnose", "--format", "html", "--lang", lang, "-"},
                new ByteArrayInputStream(facts.toString().getBytes(StandardCharsets.UTF_8)), new PrintWriter(html), new PrintWriter(new StringWriter()));
        assertThat(diagnosed).isZero();
        return EmbeddedReport.of(html.toString()).body();
    }

    @Test
    void theFormWorksWithoutScriptAndOffersEveryChoice() {
        Http.Reply reply = Http.get(running.uri("/"));
        Document page = Jsoup.parse(reply.text());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("form[method=post][enctype=multipart/form-data]")).hasSize(1);
        assertThat(page.select("textarea#input")).hasSize(1);
        assertThat(page.select("input[type=file]#files[multiple]")).hasSize(1);
        assertThat(page.select("select#lang option").eachAttr("value")).contains("en", "de");
        assertThat(page.select("input#redact[type=checkbox]")).hasSize(1);
        assertThat(page.select("input#tenant, input#collectedAt")).hasSize(2);
    }

    @Test
    void aPastedOutlookBounceGivesTheReportTheCliGivesForTheSameImport() throws Exception {
        Document page = post(new Forms().field("input", Files.readString(Forms.OUTLOOK_TEXT)).field("kind", "auto")
                .field("tenant", "contoso.onmicrosoft.com").field("collectedAt", "2026-11-20T10:00:00Z").field("lang", "en"), 200);

        Element report = page.selectFirst("#report");
        assertThat(report).isNotNull();
        assertThat(report.html()).isEqualTo(Jsoup.parse("<div id=\"report\">"
                + cliReportBody("en", "import", "--tenant", "contoso.onmicrosoft.com", "--collected-at", "2026-11-20T10:00:00Z", "ndr",
                Forms.OUTLOOK_TEXT.toString()) + "</div>").selectFirst("#report").html());
        assertThat(report.text()).contains("5.7.705");
        assertThat(page.select("#imported pre").text()).contains("ndrs:").contains("5.7.705");
        assertThat(page.select("#input-problems")).isEmpty();
    }

    @Test
    void anUploadedEmlBounceNamesItsTenantAndTimeItself() throws Exception {
        Document page = post(new Forms().file("bounce.eml", Files.readAllBytes(Forms.BOUNCE_EML)).field("lang", "de"), 200);

        assertThat(page.selectFirst("#report").html()).isEqualTo(Jsoup.parse("<div id=\"report\">"
                + cliReportBody("de", "import", "ndr", Forms.BOUNCE_EML.toString()) + "</div>").selectFirst("#report").html());
        assertThat(page.selectFirst("#report").text()).contains("5.7.705");
    }

    @Test
    void aBounceWithoutTenantOrTimeAsksForTheFieldsBesideTheInput() throws Exception {
        Document page = post(new Forms().field("input", Files.readString(Forms.OUTLOOK_TEXT)), 400);

        Element problems = page.selectFirst("#input-problems");
        assertThat(problems).isNotNull();
        assertThat(problems.text()).contains("in the field Tenant").contains("in the field Collected at");
        assertThat(page.selectFirst("textarea#input").attr("aria-describedby")).isEqualTo("input-problems");
        assertThat(page.selectFirst("textarea#input").text()).contains("5.7.705");
        assertThat(page.select("#report")).isEmpty();
    }

    @Test
    void aBadFactFileShowsItsProblemsWithPositionsBesideTheInputAndEscaped() {
        String bad = "mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: contoso.onmicrosoft.com\nndrs:\n"
                + "  - code: 5.7.705\n    smtp: \"<script>alert(1)</script>\"\n";

        Document page = post(new Forms().field("input", bad), 400);

        Element problems = page.selectFirst("#input-problems");
        assertThat(problems.text()).contains("pasted text:7:").contains("ndrs[0].smtp");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("textarea#input").text()).isEqualTo(bad.stripTrailing());
        // the problems sit right after the text area they are about
        assertThat(page.selectFirst("textarea#input").nextElementSibling()).isEqualTo(problems);
    }

    @Test
    void aFactFileChosenAsAFileGivesTheCliReportInTheLanguageAndRedactionAsked() throws Exception {
        Path sample = Path.of("facts-samples/rogue-connector-after-admin-takeover.yaml");
        StringWriter html = new StringWriter();
        MailblockCli.run(new String[] {"diagnose", "--format", "html", "--lang", "de", "--redact", sample.toString()},
                new PrintWriter(html), new PrintWriter(new StringWriter()));

        Document page = post(new Forms().file(sample.getFileName().toString(), Files.readAllBytes(sample)).field("lang", "de")
                .field("redact", "on"), 200);

        assertThat(page.selectFirst("#report").html()).isEqualTo(Jsoup.parse("<div id=\"report\">" + EmbeddedReport.of(html.toString()).body()
                + "</div>").selectFirst("#report").html());
        assertThat(page.text()).doesNotContain("contoso");
        assertThat(page.select("#imported")).isEmpty();
    }

    @Test
    void aFormOverTheLimitIsRefusedWithAPage() {
        try (Servers.Running small = Servers.start(Servers.settings().withMaxBodyBytes(2000))) {
            Http.Reply reply = Http.post(small.uri("/"), Forms.CONTENT_TYPE, new Forms().field("input", "x".repeat(3000)).body());

            assertThat(reply.status()).isEqualTo(413);
            assertThat(Jsoup.parse(reply.text()).selectFirst("#input-problems").text()).contains("2000 bytes");
        }
    }
}
