package org.mailblock.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mailblock.facts.VisibleText;
import java.util.Map;
import org.mailblock.batch.BatchOutcome;
import org.mailblock.batch.BatchSummary;
import org.mailblock.i18n.Messages;

/** The summary at the end of a batch, as aligned text or as Markdown tables. */
public final class BatchSummaryReport {

    private BatchSummaryReport() {
    }

    /** The summary as text tables. */
    public static String text(BatchSummary s, Messages m) {
        StringBuilder out = new StringBuilder();
        out.append(heading(s, m)).append('\n');
        table(out, m.text("batch.by-cause"), s.byCause(), "causes", m);
        table(out, m.text("batch.by-action"), s.byNextAction(), "actions", m);
        out.append('\n').append(m.text("batch.failures")).append('\n');
        if (s.failures().isEmpty()) {
            out.append("  ").append(m.text("batch.none")).append('\n');
        }
        for (BatchOutcome f : s.failures()) {
            out.append("  ").append(VisibleText.of(f.file().toString())).append('\n');
            f.failure().message().lines().forEach(l -> out.append("      ").append(VisibleText.of(l)).append('\n'));
        }
        return out.toString();
    }

    /** The summary as GitHub-flavoured Markdown. */
    public static String markdown(BatchSummary s, Messages m) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(Markdown.text(heading(s, m))).append("\n\n");
        markdownTable(out, m.text("batch.by-cause"), m.text("report.cause"), s.byCause(), "causes", m);
        markdownTable(out, m.text("batch.by-action"), m.text("report.action"), s.byNextAction(), "actions", m);
        out.append("### ").append(Markdown.text(m.text("batch.failures"))).append("\n\n");
        if (s.failures().isEmpty()) {
            out.append(Markdown.text(m.text("batch.none"))).append("\n");
        } else {
            out.append("| ").append(Markdown.text(m.text("batch.file"))).append(" | ").append(Markdown.text(m.text("batch.error")))
                    .append(" |\n|---|---|\n");
            for (BatchOutcome f : s.failures()) {
                out.append("| ").append(Markdown.code(f.file().toString())).append(" | ")
                        .append(Markdown.text(f.failure().message())).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String heading(BatchSummary s, Messages m) {
        return m.format("batch.summary", "files", s.files()) + ": " + m.format("batch.diagnosed", "count", s.diagnosed())
                + ", " + m.format("batch.failed", "count", s.failures().size());
    }

    /** The title of a cause or action; for {@code none}, what having none means. */
    private static String title(String section, String id, Messages m) {
        if (id.equals(BatchSummary.NONE)) {
            return m.text(section.equals("causes") ? "report.no-block" : "report.all-done");
        }
        return m.textOr(section + "." + id + ".title", "");
    }

    private static void table(StringBuilder out, String title, Map<String, Integer> counts, String section, Messages m) {
        out.append('\n').append(title).append('\n');
        if (counts.isEmpty()) {
            out.append("  ").append(m.text("batch.none")).append('\n');
            return;
        }
        int idWidth = counts.keySet().stream().mapToInt(String::length).max().orElse(4);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String title2 = title(section, e.getKey(), m);
            out.append(String.format(Locale.ROOT, "  %6d  %-" + idWidth + "s  %s", e.getValue(), e.getKey(), title2).stripTrailing())
                    .append('\n');
        }
    }

    private static void markdownTable(StringBuilder out, String title, String column, Map<String, Integer> counts, String section,
                                      Messages m) {
        out.append("### ").append(Markdown.text(title)).append("\n\n");
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            rows.add("| " + Markdown.code(e.getKey()) + " | " + Markdown.text(title(section, e.getKey(), m))
                    + " | " + e.getValue() + " |");
        }
        if (rows.isEmpty()) {
            out.append(Markdown.text(m.text("batch.none"))).append("\n\n");
            return;
        }
        out.append("| ").append(Markdown.text(column)).append(" | | ").append(Markdown.text(m.text("batch.tenants")))
                .append(" |\n|---|---|---:|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        out.append('\n');
    }
}
