package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Status;
import org.mailblock.i18n.Messages;
import org.mailblock.report.SampleReports.Sample;

class ReportFormatsTest {

    static Stream<Arguments> samplesAndLanguages() {
        List<Arguments> out = new ArrayList<>();
        for (Sample s : SampleReports.all()) {
            for (String lang : List.of("en", "de")) {
                out.add(Arguments.of(s, lang));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samplesAndLanguages")
    void everySampleRendersInEveryFormatAndLanguage(Sample s, String lang) throws Exception {
        Messages m = SampleReports.messages(lang);
        for (ReportFormat format : ReportFormat.values()) {
            for (boolean redact : List.of(false, true)) {
                String report = Reports.render(format, s.diagnosis(), s.facts(), m, redact);
                assertThat(report).as(format + " redact=" + redact).isNotBlank().endsWith("\n")
                        .isEqualTo(Reports.render(format, s.diagnosis(), s.facts(), m, redact));
            }
        }
        markdownHasThePlanAsAChecklistInOrder(s, m);
        htmlHasEverySectionAndThePlanInOrder(s, m);
        jsonKeepsIdsAndTranslatesTexts(s, m);
        textFitsEightyColumns(s, m);
    }

    private static void markdownHasThePlanAsAChecklistInOrder(Sample s, Messages m) {
        String md = Reports.render(ReportFormat.MARKDOWN, s.diagnosis(), s.facts(), m, false);
        assertThat(md).startsWith("# " + m.format("report.title", "tenant", s.diagnosis().tenant()) + "\n");
        for (String heading : List.of("report.summary", "report.symptoms", "report.causes", "report.plan", "report.questions")) {
            assertThat(md).as(heading).contains("\n## " + m.text(heading) + "\n");
        }
        Matcher item = Pattern.compile("(?m)^- \\[([ x])] \\*\\*(\\d+)\\. .*\\*\\* \\(([^)]+)\\) `([a-z0-9-]+)`").matcher(md);
        List<String> found = new ArrayList<>();
        while (item.find()) {
            Action a = s.diagnosis().actions().get(found.size());
            assertThat(item.group(1)).as(a.id()).isEqualTo(a.status() == Status.DONE ? "x" : " ");
            assertThat(item.group(2)).isEqualTo(String.valueOf(a.step()));
            assertThat(item.group(3)).isEqualTo(m.text("status." + a.status().id()));
            found.add(item.group(4));
        }
        assertThat(found).containsExactlyElementsOf(s.diagnosis().actions().stream().map(Action::id).toList());
        // every table row has as many cells as its header
        for (String block : md.split("\n\n")) {
            List<String> rows = block.lines().filter(l -> l.startsWith("|")).toList();
            if (rows.size() >= 2) {
                int cells = cells(rows.get(0));
                rows.forEach(r -> assertThat(cells(r)).as(r).isEqualTo(cells));
            }
        }
    }

    private static void htmlHasEverySectionAndThePlanInOrder(Sample s, Messages m) {
        Diagnosis d = s.diagnosis();
        String html = Reports.render(ReportFormat.HTML, d, s.facts(), m, false);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("html").attr("lang")).isEqualTo(m.language());
        assertThat(doc.select("h1").text()).isEqualTo(m.format("report.title", "tenant", d.tenant()));
        for (String section : List.of("summary", "symptoms", "causes", "plan", "questions", "timeline")) {
            assertThat(doc.getElementById(section)).as(section).isNotNull();
        }
        assertThat(doc.select("#summary dd").get(1).text())
                .startsWith(d.leadingCause().map(c -> m.text("causes." + c.id() + ".title")).orElse(m.text("report.no-block")));
        List<Element> steps = doc.select("ol.plan > li.action");
        assertThat(steps).hasSize(d.actions().size());
        for (int i = 0; i < steps.size(); i++) {
            Action a = d.actions().get(i);
            Element li = steps.get(i);
            assertThat(li.select(".step").text()).isEqualTo(String.valueOf(a.step()));
            assertThat(li.select(".badge").hasClass(a.status().id())).isTrue();
            assertThat(li.select(".badge").text()).isEqualTo(m.text("status." + a.status().id()));
            int commands = a.status() == Status.DONE ? 0 : a.commands().size();
            assertThat(li.select("pre > code")).hasSize(commands);
            for (int c = 0; c < commands; c++) {
                assertThat(li.select("pre > code").get(c).wholeText()).isEqualTo(a.commands().get(c).run());
            }
        }
        assertThat(doc.select("li.cause")).hasSize(d.rootCauses().size());
        assertThat(doc.select("#questions li")).hasSize(d.questions().size());
        // for the customer: causes, steps and questions by their titles, evidence in words; ids and paths stay in JSON and --explain
        // (a question's how-to and its possible answers still say where the answer goes in the fact file: they are for
        // whoever collects it)
        doc.select("pre, #trace, #questions .ask ~ p:not(.matters), #questions ul.answers").remove();
        String visible = doc.body().text();
        d.rootCauses().forEach(c -> {
            assertThat(visible).as("cause id").doesNotContain(c.id());
            c.evidence().stream().filter(e -> e.fact().contains("[") || e.fact().contains("."))
                    .forEach(e -> assertThat(visible).as("fact path").doesNotContain(e.fact()));
        });
        d.actions().forEach(a -> assertThat(visible).as("action id").doesNotContain(a.id()));
        d.questions().stream().filter(q -> q.id().contains("-"))
                .forEach(q -> assertThat(visible).as("question id").doesNotContain(q.id()));
        // self-contained: no scripts, style sheets, images or frames from anywhere
        assertThat(doc.select("script, link, img, iframe, object")).isEmpty();
        assertThat(doc.select("style").html()).contains("@media print").doesNotContain("url(");
        Element svg = doc.selectFirst("#timeline svg");
        assertThat(svg).isNotNull();
        assertThat(svg.select("circle")).hasSize(Timeline.of(s.facts(), m, x -> x).size());
        // the SVG is well-formed XML on its own
        assertThat(Jsoup.parse(svg.outerHtml(), "", Parser.xmlParser()).select("svg > g.event")).hasSize(svg.select("circle").size());
    }

    private static void jsonKeepsIdsAndTranslatesTexts(Sample s, Messages m) throws Exception {
        JsonNode json = new ObjectMapper().readTree(Reports.render(ReportFormat.JSON, s.diagnosis(), s.facts(), m, false));
        JsonNode english = new ObjectMapper().readTree(JsonReport.render(s.diagnosis()));
        for (int i = 0; i < s.diagnosis().actions().size(); i++) {
            JsonNode a = json.get("actions").get(i);
            assertThat(a.get("id")).isEqualTo(english.get("actions").get(i).get("id"));
            assertThat(a.get("status")).isEqualTo(english.get("actions").get(i).get("status"));
            assertThat(a.get("title").asText()).isEqualTo(m.text("actions." + a.get("id").asText() + ".title"));
        }
        for (int i = 0; i < s.diagnosis().rootCauses().size(); i++) {
            assertThat(json.get("rootCauses").get(i).get("confidence")).isEqualTo(english.get("rootCauses").get(i).get("confidence"));
        }
        JsonNode line = new ObjectMapper().readTree(Reports.render(ReportFormat.JSONL, s.diagnosis(), s.facts(), m, false));
        assertThat(line).isEqualTo(json);
        assertThat(Reports.render(ReportFormat.JSONL, s.diagnosis(), s.facts(), m, false).strip()).doesNotContain("\n");
    }

    private static void textFitsEightyColumns(Sample s, Messages m) {
        String text = Reports.render(ReportFormat.TEXT, s.diagnosis(), s.facts(), m, false);
        String check = m.text("purpose.check") + ":";
        String fix = m.text("purpose.fix") + ":";
        for (String line : text.split("\n")) {
            boolean oneLongWord = !line.strip().contains(" ");
            if (!line.trim().startsWith(check) && !line.trim().startsWith(fix) && !oneLongWord) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
            }
        }
    }

    @Test
    void theGermanReportSpeaksGermanWithTheAdminCentersTerms() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Messages de = SampleReports.messages("de");
        String text = Reports.render(ReportFormat.TEXT, s.diagnosis(), s.facts(), de, false);
        assertThat(text).contains("GESPERRT").contains("URSACHEN").contains("PLAN, in dieser Reihenfolge").contains("[erforderlich]")
                .contains("[bestätigt]").contains("Eingehende Connectors finden und entfernen").contains("Als Nächstes: Schritt 1")
                .doesNotContain("ROOT CAUSES").doesNotContain("[required]");
        String html = Reports.render(ReportFormat.HTML, s.diagnosis(), s.facts(), de, false);
        assertThat(Jsoup.parse(html).select(".badge.required").first().text()).isEqualTo("erforderlich");
        assertThat(de.text("questions.accepted-domains.how")).contains("Akzeptierte Domänen");
        assertThat(de.text("questions.sending-domains.how")).contains("Nachrichtenablaufverfolgung");
    }

    @Test
    void everyEvidenceLineOfEverySampleHasAGermanText() {
        Messages de = SampleReports.messages("de");
        for (Sample s : SampleReports.all()) {
            Diagnosis german = org.mailblock.i18n.Localizer.localize(s.diagnosis(), de);
            for (int c = 0; c < german.rootCauses().size(); c++) {
                for (int e = 0; e < german.rootCauses().get(c).evidence().size(); e++) {
                    String english = s.diagnosis().rootCauses().get(c).evidence().get(e).detail();
                    assertThat(german.rootCauses().get(c).evidence().get(e).detail())
                            .as(s + ": give this evidence key its German text under evidence in rules/messages/de.yaml")
                            .isNotEqualTo(english);
                }
            }
        }
    }

    @Test
    void jsonEvidenceCarriesItsKeyAndArgumentsBesideTheRenderedDetail() throws Exception {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        JsonNode german = new ObjectMapper().readTree(Reports.render(ReportFormat.JSON, s.diagnosis(), s.facts(),
                SampleReports.messages("de"), false));
        JsonNode created = evidence(german, "connector-created-age");
        assertThat(created.get("detail").asText()).isEqualTo("2 Tage vor der Erfassung erstellt");
        assertThat(created.get("args").get("age").asText()).isEqualTo("PT54H48M");
        JsonNode rogue = evidence(german, "admin-created-rogue-connector");
        assertThat(rogue.get("args").fieldNames()).toIterable().containsExactly("user", "connector");
        assertThat(rogue.get("detail").asText()).contains(rogue.get("args").get("user").asText())
                .contains(rogue.get("args").get("connector").asText());
    }

    private static JsonNode evidence(JsonNode report, String key) {
        for (JsonNode cause : report.get("rootCauses")) {
            for (JsonNode e : cause.get("evidence")) {
                if (e.get("key").asText().equals(key)) {
                    return e;
                }
            }
        }
        throw new AssertionError("no evidence " + key);
    }

    @Test
    void evidenceKeepsTheValuesTheRuleWroteIntoIt() {
        Sample s = SampleReports.sample("renewal-yesterday-still-blocked");
        Diagnosis german = org.mailblock.i18n.Localizer.localize(s.diagnosis(), SampleReports.messages("de"));
        List<String> details = german.rootCauses().stream().flatMap(c -> c.evidence().stream()).map(e -> e.detail()).toList();
        assertThat(details).anyMatch(d -> d.matches("\\d+ Stunden vor der Erfassung verlängert; .*"))
                .anyMatch(d -> d.matches("es war \\d+ Tage vor der Verlängerung abgelaufen"));
    }

    @Test
    void theEnglishTextReportIsTheOneWithoutLanguage() {
        for (Sample s : SampleReports.all()) {
            assertThat(Reports.render(ReportFormat.TEXT, s.diagnosis(), s.facts(), SampleReports.messages("en"), false))
                    .isEqualTo(TextReport.render(s.diagnosis()));
        }
    }

    @Test
    void markdownEscapesWhatWouldBreakTablesOrFormatting() {
        assertThat(Markdown.text("a|b *c* _d_ <e> [f](g)\nnext")).isEqualTo("a\\|b \\*c\\* \\_d\\_ \\<e\\> \\[f\\](g) next");
        assertThat(Markdown.code("x | y")).isEqualTo("`x \\| y`");
        assertThat(Markdown.code("a `b` c")).isEqualTo("``a `b` c``");
    }

    @Test
    void htmlEscapesTextFromTheFacts() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Diagnosis d = s.diagnosis();
        Diagnosis hostile = new Diagnosis("<script>alert(1)</script>", d.collectedAt(), d.engine(), d.symptoms(), d.rootCauses(),
                d.actions(), d.questions(), d.trace());
        String html = HtmlReport.render(hostile, SampleReports.messages("en"), List.of());
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(Jsoup.parse(html).select("script")).isEmpty();
    }

    @Test
    void theTimelineOrdersTheDatedFactsAndGroupsNdrsByCode() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        List<Timeline.Event> events = Timeline.of(s.facts(), SampleReports.messages("en"), x -> x);
        assertThat(events).extracting(Timeline.Event::label).containsExactly("tenant created", "connector 'Partner relay' created",
                "NDR 5.7.750 ×212", "NDR 5.7.705 ×14", "facts collected");
        assertThat(events).extracting(Timeline.Event::kind).contains(Timeline.Kind.ROGUE_CONNECTOR);
        Sample renewal = SampleReports.sample("renewal-yesterday-still-blocked");
        assertThat(Timeline.of(renewal.facts(), SampleReports.messages("de"), x -> x)).extracting(Timeline.Event::label)
                .contains("Abonnement abgelaufen", "Abonnement verlängert");
    }

    @Test
    void theTraceIsInTheMarkdownAndHtmlReportsWhenAskedForAndOnlyThen() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Messages m = SampleReports.messages("en");
        String firstRule = s.diagnosis().trace().get(0).rule();
        String md = Reports.render(ReportFormat.MARKDOWN, s.diagnosis(), s.facts(), m, false);
        assertThat(md).contains("\n## " + m.text("report.trace") + "\n\n- **1.** `" + firstRule + "`\n  - " + m.text("report.matched") + ": ");
        Document html = Jsoup.parse(Reports.render(ReportFormat.HTML, s.diagnosis(), s.facts(), m, false));
        assertThat(html.select("#trace ol.trace > li")).hasSize(s.diagnosis().trace().size());
        assertThat(html.select("#trace li code").first().text()).isEqualTo(firstRule);

        Diagnosis d = s.diagnosis();
        Diagnosis withoutTrace = new Diagnosis(d.tenant(), d.collectedAt(), d.engine(), d.symptoms(), d.rootCauses(), d.actions(),
                d.questions(), null);
        assertThat(Reports.render(ReportFormat.MARKDOWN, withoutTrace, s.facts(), m, false)).doesNotContain(m.text("report.trace"));
        assertThat(Jsoup.parse(Reports.render(ReportFormat.HTML, withoutTrace, s.facts(), m, false)).select("#trace")).isEmpty();
    }

    @Test
    void aGapOfCenturiesIsNotCountedOut() {
        // a mistyped year must not print +1000662355 y
        assertThat(TimelineSvg.gap(java.time.Duration.ofDays(365L * 101))).isEqualTo("+>100 y");
        assertThat(TimelineSvg.gap(java.time.Duration.between(java.time.Instant.MIN, java.time.Instant.MAX))).isEqualTo("+>100 y");
        assertThat(TimelineSvg.gap(java.time.Duration.ofDays(365L * 100))).isEqualTo("+100 y");
    }

    @Test
    void gapsOnTheTimelineAreRoughAndReadable() {
        assertThat(TimelineSvg.gap(java.time.Duration.ofMinutes(15))).isEqualTo("+15 min");
        assertThat(TimelineSvg.gap(java.time.Duration.ofHours(30))).isEqualTo("+30 h");
        assertThat(TimelineSvg.gap(java.time.Duration.ofDays(10))).isEqualTo("+10 d");
        assertThat(TimelineSvg.gap(java.time.Duration.ofDays(2000))).isEqualTo("+5 y");
        assertThat(TimelineSvg.gap(java.time.Duration.ZERO)).isEmpty();
    }

    private static int cells(String row) {
        return row.replace("\\|", "").split("\\|", -1).length;
    }
}
