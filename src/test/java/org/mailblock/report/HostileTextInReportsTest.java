package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.VisibleText;
import org.mailblock.fuzz.FuzzBudget;
import org.mailblock.fuzz.HostileText;
import org.mailblock.i18n.Messages;
import org.mailblock.load.FactFileLoader;

/**
 * The fuzz driver for the reports: random text with control, direction, line-breaking and markup
 * characters goes into every text field of a fact file, and every format, in both languages,
 * redacted or not, must show it escaped: no character that drives a terminal or hides in the text,
 * no line a value started, no element or attribute in HTML, nor in the HTML a Markdown viewer
 * makes, that the report's own layout does not have; and JSON keeps every value as it was.
 */
class HostileTextInReportsTest {

    private static final int CASES = 30;

    /** The elements the HTML reports and the HTML of the Markdown reports are built from; anything else came from a value. */
    private static final Set<String> LAYOUT = Set.of("#root", "html", "head", "body", "meta", "title", "style", "header", "main",
            "section", "footer", "nav", "div", "span", "p", "h1", "h2", "h3", "h4", "ol", "ul", "li", "table", "thead", "tbody",
            "tr", "th", "td", "code", "pre", "strong", "em", "hr", "br", "dl", "dt", "dd", "details", "summary", "small",
            "svg", "g", "line", "circle", "text", "button", "kbd", "figure", "figcaption", "abbr", "time", "article", "aside",
            "mark", "b", "a");

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer MARKDOWN_TO_HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    @Test
    void hostileTextInEveryFieldIsShownEscapedInEveryFormat() throws Exception {
        FuzzBudget budget = FuzzBudget.fromSystemProperties();
        String template = Files.readString(Path.of("src/test/resources/hostile/template.yaml"), StandardCharsets.UTF_8);
        int cases = budget.cases(CASES);
        for (int n = 1; n <= cases; n++) {
            SplittableRandom random = new SplittableRandom(budget.seed() * 31 + n);
            List<String> values = new ArrayList<>();
            String yaml = fill(template, random, values);
            try {
                check(yaml, values, n % 2 == 0 ? "en" : "de");
            } catch (AssertionError | Exception e) {
                throw new AssertionError("hostile text case " + n + " of " + cases + " failed (seed " + budget.seed() + "); repeat: mvn -B test"
                        + " -Dtest=HostileTextInReportsTest -D" + FuzzBudget.SEED + "=" + budget.seed() + "\nfact file:\n"
                        + VisibleText.of(yaml).replace("\\n", "\n") + "\n" + e.getMessage(), e);
            }
        }
    }

    private static void check(String yaml, List<String> values, String language) throws Exception {
        TenantFacts facts = FactFileLoader.standard().load("hostile.yaml", yaml).facts();
        Diagnosis d = SampleReports.ENGINE.diagnose(facts, DiagnoseOptions.EXPLAIN);
        Messages m = SampleReports.messages(language);
        for (boolean redact : List.of(false, true)) {
            String what = " (" + language + (redact ? ", redacted)" : ")");
            String text = Reports.render(ReportFormat.TEXT, d, facts, m, redact);
            onlyVisible(text, "text" + what);
            // prose wraps at spaces, so a value's word may begin an indented line; never an unindented one
            assertThat(text.lines().filter(l -> l.startsWith(HostileText.FAKE_LINE))).as("text" + what + ": a value started a line").isEmpty();
            for (ReportFormat format : List.of(ReportFormat.MARKDOWN)) {
                String md = Reports.render(format, d, facts, m, redact);
                onlyVisible(md, "markdown" + what);
                noValueStartsALine(md, "markdown" + what);
                onlyLayout(Jsoup.parseBodyFragment(MARKDOWN_TO_HTML.render(MARKDOWN.parse(md))), "markdown as HTML" + what);
                String packet = Reports.packet(format, d, facts, m, redact);
                onlyVisible(packet, "packet markdown" + what);
                noValueStartsALine(packet, "packet markdown" + what);
                onlyLayout(Jsoup.parseBodyFragment(MARKDOWN_TO_HTML.render(MARKDOWN.parse(packet))), "packet markdown as HTML" + what);
            }
            String html = Reports.render(ReportFormat.HTML, d, facts, m, redact);
            onlyVisible(html, "html" + what);
            onlyLayout(Jsoup.parse(html), "html" + what);
            String packet = Reports.packet(ReportFormat.HTML, d, facts, m, redact);
            onlyVisible(packet, "packet html" + what);
            onlyLayout(Jsoup.parse(packet), "packet html" + what);
            for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.JSONL)) {
                String json = Reports.render(format, d, facts, m, redact);
                onlyVisible(json, format + what);
                JsonNode tree = new ObjectMapper().readTree(json);
                if (!redact) {
                    assertThat(tree.get("tenant").asText()).as(format + " keeps the tenant's name as it was").isEqualTo(facts.tenant().name());
                }
            }
        }
        assertThat(values).isNotEmpty();
    }

    /** No character that would drive a terminal, break a line or hide: only the report's own line feeds. */
    private static void onlyVisible(String report, String what) {
        int[] points = report.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            if (points[i] != '\n' && VisibleText.needsEscape(points[i])) {
                String around = VisibleText.of(new String(points, Math.max(0, i - 40), Math.min(points.length, i + 40) - Math.max(0, i - 40)));
                assertThat(String.format("U+%04X", points[i])).as(what + " holds an invisible or control character in: " + around).isNull();
            }
        }
    }

    private static void noValueStartsALine(String report, String what) {
        assertThat(report.lines().filter(l -> l.stripLeading().replaceFirst("^[#>|`*\\-\\s]+", "").startsWith(HostileText.FAKE_LINE)))
                .as(what + ": a value started a line of its own").isEmpty();
    }

    /** Only the layout's elements, no event handler, no script or javascript: link. */
    private static void onlyLayout(Document page, String what) {
        for (Element e : page.getAllElements()) {
            assertThat(LAYOUT).as(what + ": an element a value made: " + e.tagName()).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as(what + ": an attribute a value made on " + e.tagName()).doesNotStartWith("on");
                assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT)).as(what + ": a link a value made")
                        .doesNotStartWith("javascript:");
            }
            if (e.tagName().equals("a")) {
                assertThat(e.attr("href")).as(what + ": a link a value made").startsWith("#");
            }
        }
        assertThat(page.select("h1")).as(what + ": one title").hasSize(1);
    }

    /** The template with each {@code @} replaced by a hostile string, quoted for YAML; the strings in order. */
    private static String fill(String template, SplittableRandom random, List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\n", -1)) {
            if (line.startsWith("#")) {
                out.append(line).append('\n');
                continue;
            }
            String[] parts = line.split("@", -1);
            out.append(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                // a blank value is refused as missing; what follows the letter is what counts
                String value = "x" + HostileText.draw(random);
                values.add(value);
                out.append(HostileText.yamlQuoted(value)).append(parts[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
