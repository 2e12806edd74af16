package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.mailblock.report.SampleReports.Sample;

/**
 * The HTML report as a browser builds it. HTML5 fixes how every browser turns markup into a
 * document, and jsoup follows that algorithm; markup it parses without a single error is built the
 * same way by every browser, with nothing repaired or moved, so no headless browser is needed.
 */
class HtmlAsBrowsersBuildItTest {

    @Test
    void everySampleReportIsHtmlABrowserBuildsWithoutRepairingAnythingInEnglishAndGerman() {
        List<String> repaired = new ArrayList<>();
        List<Sample> samples = SampleReports.all();
        for (Sample s : samples) {
            for (String lang : List.of("en", "de")) {
                Parser parser = Parser.htmlParser().setTrackErrors(20);
                parser.parseInput(html(s, lang), "");
                for (ParseError e : parser.getErrors()) {
                    repaired.add(s + " (" + lang + ") at " + e.getCursorPos() + ": " + e.getErrorMessage());
                }
            }
        }

        assertThat(samples).hasSizeGreaterThan(40);
        assertThat(repaired).isEmpty();
    }

    @Test
    void markupABrowserWouldRepairIsCaught() {
        String html = html(SampleReports.sample("restricted-connector"), "en");
        Parser parser = Parser.htmlParser().setTrackErrors(20);

        parser.parseInput(html.replaceFirst("<ol class=\"plan\"", "</section></div><ol class=\"plan\""), "");

        assertThat(html).contains("<ol class=\"plan\"");
        assertThat(parser.getErrors()).isNotEmpty();
    }

    @Test
    void theDocumentABrowserBuildsHasEveryStepTheGermanBadgesAndTheTimeline() {
        Sample s = SampleReports.sample("rogue-connector-after-admin-takeover");
        Document dom = Parser.htmlParser().parseInput(html(s, "de"), "");

        assertThat(dom.select("ol.plan > li.action")).hasSize(s.diagnosis().actions().size()).hasSizeGreaterThan(3);
        assertThat(dom.select(".badge.required").first().text()).isEqualTo("erforderlich");
        assertThat(dom.select("#timeline svg circle")).hasSizeGreaterThan(2);
        assertThat(dom.selectFirst("html").attr("lang")).isEqualTo("de");
    }

    @Test
    void theReportLoadsNothingFromElsewhereSoItShowsTheSameOfflineAndAttachedToATicket() {
        List<String> external = new ArrayList<>();
        for (Sample s : SampleReports.all()) {
            Document dom = Parser.htmlParser().parseInput(html(s, "en"), "");
            for (Element e : dom.select("[src], link[href], script, iframe, object, embed, img")) {
                external.add(s + ": " + e.tagName() + " " + e.attributes());
            }
            for (Element style : dom.select("style, [style]")) {
                String css = style.tagName().equals("style") ? style.data() : style.attr("style");
                if (css.contains("url(") || css.contains("@import")) {
                    external.add(s + ": a style loads " + css);
                }
            }
        }

        assertThat(external).isEmpty();
    }

    private static String html(Sample s, String lang) {
        return Reports.render(ReportFormat.HTML, s.diagnosis(), s.facts(), SampleReports.messages(lang), false);
    }
}
