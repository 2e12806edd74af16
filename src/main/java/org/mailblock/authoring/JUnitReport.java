package org.mailblock.authoring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code test --format junit}: the sample run as a JUnit XML report (the Ant format CI servers read), one test case
 * per sample; a sample that did not match its expectation is a failure, one that could not be run an error.
 */
public final class JUnitReport {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private JUnitReport() {
    }

    /**
     * The report of one run.
     *
     * @param startedAt when the run started (the format requires it; UTC, to the second)
     * @param seconds   how long the run took
     */
    public static String of(TestRun run, Instant startedAt, double seconds) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"mailblock samples\" timestamp=\"").append(TIMESTAMP.format(startedAt.truncatedTo(ChronoUnit.SECONDS)))
                .append("\" hostname=\"localhost\" tests=\"").append(run.results().size())
                .append("\" failures=\"").append(run.failed())
                .append("\" errors=\"").append(run.errors())
                .append("\" skipped=\"0\" time=\"").append(String.format(Locale.ROOT, "%.3f", seconds)).append("\">\n");
        out.append("  <properties/>\n");
        for (SampleResult r : run.results()) {
            out.append("  <testcase name=\"").append(Xml.escape(r.sample())).append("\" classname=\"mailblock.samples\" time=\"0\"");
            switch (r.outcome()) {
                case PASS -> out.append("/>\n");
                case FAIL -> out.append(">\n").append(problem("failure", "expectation", "the outcome differs from expect:", details(r)))
                        .append("  </testcase>\n");
                case ERROR -> out.append(">\n").append(problem("error", "sample", r.problems().isEmpty() ? "the sample could not be run"
                        : r.problems().get(0), r.problems())).append("  </testcase>\n");
            }
        }
        out.append("  <system-out/>\n  <system-err/>\n</testsuite>\n");
        return out.toString();
    }

    private static String problem(String element, String type, String message, List<String> lines) {
        return "    <" + element + " type=\"" + type + "\" message=\"" + Xml.escape(message) + "\">"
                + Xml.escape(String.join("\n", lines)) + "</" + element + ">\n";
    }

    /** What differs, then the rules that fired: what the text report shows for a failed sample. */
    private static List<String> details(SampleResult r) {
        List<String> lines = new ArrayList<>(r.differences());
        if (!r.rulesFired().isEmpty()) {
            lines.add("rules fired: " + String.join(", ", r.rulesFired()));
        }
        return lines;
    }
}
