package org.mailblock.report;

import java.util.List;
import java.util.Locale;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Command;
import org.mailblock.diagnosis.Confidence;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Status;
import org.mailblock.diagnosis.Symptom;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.i18n.MessageBundles;
import org.mailblock.i18n.Messages;

/**
 * The diagnosis for people at a terminal: what blocks the tenant, the causes with their
 * evidence, the numbered plan with statuses and commands, and what to find out next. Prose is
 * wrapped to 80 columns, or to the width of the terminal (see {@link TextLayout}); commands stay on
 * one line so they can be copied.
 */
public final class TextReport {

    private static final int MAX_EVIDENCE = 8;
    private static final int MAX_TARGETS = 12;

    private TextReport() {
    }

    /** The report as text with English labels, ending with a newline. */
    public static String render(Diagnosis d) {
        return render(d, MessageBundles.englishLabels());
    }

    /** The report as text with the labels of the given messages, ending with a newline; the diagnosis is already localized. */
    public static String render(Diagnosis localized, Messages m) {
        return render(localized, m, TextLayout.PLAIN);
    }

    /**
     * The report as text laid out for a terminal: prose wrapped to the layout's width (commands stay on one
     * line, to be copied whole), and with colour when the layout asks for it.
     */
    public static String render(Diagnosis localized, Messages m, TextLayout layout) {
        String text = lines(localized, m, layout.width());
        return layout.colour() ? TextColours.paint(text, m) : text;
    }

    private static String lines(Diagnosis localized, Messages m, int width) {
        // no value from the fact file may drive the terminal or start a line of its own
        Diagnosis d = VisibleDiagnosis.of(localized);
        StringBuilder out = new StringBuilder();
        out.append(m.format("report.title", "tenant", d.tenant())).append('\n');
        out.append(m.format("report.meta", "collectedAt", d.collectedAt(), "version", d.engine().version(),
                "rules", shortHash(d.engine().rulesHash()))).append('\n');

        if (d.assumed()) {
            out.append('\n');
            Wrap.lines(WhatIfLines.banner(d, m), width, "").forEach(l -> out.append(l).append('\n'));
            out.append(m.text("whatif.assumptions")).append(":\n");
            WhatIfLines.assumptions(d, m).forEach(a -> Wrap.hanging("  - ", a, width, "    ").forEach(l -> out.append(l).append('\n')));
            out.append(m.text("whatif.changes")).append(":\n");
            WhatIfLines.whatIf(d, m).forEach(c -> Wrap.hanging("  - ", c, width, "    ").forEach(l -> out.append(l).append('\n')));
        }
        out.append('\n');
        Wrap.lines(StepNotes.ban(d, m) + " " + m.text("report.ndrs-show"), width, "")
                .forEach(l -> out.append(l).append('\n'));
        for (Symptom s : d.symptoms()) {
            String head = String.format(Locale.ROOT, "  %-8s x%-6d ", ShownCode.of(s.code()), s.count());
            Wrap.hanging(head, s.title(), width, " ".repeat(head.length())).forEach(l -> out.append(l).append('\n'));
        }

        heading(out, m.text("text.causes"), width);
        if (d.rootCauses().isEmpty()) {
            out.append("  ").append(m.text("report.no-causes")).append('\n');
        }
        int confidenceWidth = 2 + java.util.Arrays.stream(Confidence.values())
                .mapToInt(c -> m.text("confidence." + c.id()).length()).max().orElse(9);
        int n = 0;
        for (RootCause c : d.rootCauses()) {
            n++;
            String head = String.format(Locale.ROOT, "%2d. %-" + confidenceWidth + "s ", n, "[" + m.text("confidence." + c.confidence().id()) + "]");
            String indent = " ".repeat(head.length());
            Wrap.hanging(head, c.title(), width, indent).forEach(l -> out.append(l).append('\n'));
            out.append(indent).append(c.id()).append('\n');
            List<Evidence> evidence = c.evidence();
            for (int i = 0; i < Math.min(MAX_EVIDENCE, evidence.size()); i++) {
                Evidence e = evidence.get(i);
                String fact = e.value() == null ? e.fact() : e.fact() + " = " + e.shownValue();
                Wrap.hanging(indent + "- ", fact, width, indent + "  ").forEach(l -> out.append(l).append('\n'));
                Wrap.lines(e.detail(), width, indent + "  ").forEach(l -> out.append(l).append('\n'));
            }
            if (evidence.size() > MAX_EVIDENCE) {
                out.append(indent).append("- ").append(m.format("text.more-evidence", "count", evidence.size() - MAX_EVIDENCE)).append('\n');
            }
        }

        heading(out, m.text("text.plan"), width);
        if (d.actions().isEmpty()) {
            out.append("  ").append(m.text("report.nothing-to-do")).append('\n');
        }
        int statusWidth = 2 + java.util.Arrays.stream(Status.values())
                .mapToInt(s -> m.text("status." + s.id()).length()).max().orElse(8);
        int purposeWidth = 1 + Math.max(m.text("purpose.check").length(), m.text("purpose.fix").length());
        for (Action a : d.actions()) {
            String head = String.format(Locale.ROOT, "%2d. %-" + statusWidth + "s ", a.step(), "[" + m.text("status." + a.status().id()) + "]");
            String indent = " ".repeat(head.length());
            Wrap.hanging(head, a.title(), width, indent).forEach(l -> out.append(l).append('\n'));
            String because = a.because().isEmpty() ? "" : ", " + m.text("report.for") + " " + String.join(", ", a.because());
            Wrap.lines(a.id() + because, width, indent).forEach(l -> out.append(l).append('\n'));
            String waiting = StepNotes.waiting(a, m);
            if (waiting != null) {
                Wrap.lines(waiting, width, indent).forEach(l -> out.append(l).append('\n'));
            }
            if (!a.targets().isEmpty()) {
                Wrap.lines(m.text("report.concerns") + ": " + list(a.targets(), MAX_TARGETS, m), width, indent)
                        .forEach(l -> out.append(l).append('\n'));
            }
            if (a.status() != Status.DONE) {
                Wrap.lines(a.summary(), width, indent).forEach(l -> out.append(l).append('\n'));
                for (Command c : a.commands()) {
                    out.append(indent).append(String.format(Locale.ROOT, "%-" + purposeWidth + "s %s",
                            m.text("purpose." + c.purpose()) + ":", c.run())).append('\n');
                    String note = StepNotes.command(c, m);
                    if (note != null) {
                        String under = indent + " ".repeat(purposeWidth + 1);
                        Wrap.lines("(" + note + ")", width, under).forEach(l -> out.append(l).append('\n'));
                    }
                }
            }
        }

        heading(out, m.text("text.questions"), width);
        if (d.questions().isEmpty()) {
            out.append("  ").append(m.text("report.no-questions")).append('\n');
        }
        for (Question q : d.questions()) {
            String indent = "    ";
            Wrap.hanging("  - ", q.ask(), width, indent).forEach(l -> out.append(l).append('\n'));
            if (!q.about().isEmpty()) {
                Wrap.lines(m.text("report.about") + ": " + list(q.about(), MAX_TARGETS, m), width, indent)
                        .forEach(l -> out.append(l).append('\n'));
            }
            Wrap.lines(m.text("report.how") + ": " + q.how(), width, indent).forEach(l -> out.append(l).append('\n'));
            Wrap.lines(m.text("report.matters") + ": " + String.join(", ", q.matters()) + " (" + q.id() + ")", width, indent)
                    .forEach(l -> out.append(l).append('\n'));
            if (!q.answers().isEmpty()) {
                out.append(indent).append(m.text("whatif.answers")).append(":\n");
                WhatIfLines.answers(q, m).forEach(a -> Wrap.hanging(indent + "- ", a, width, indent + "  ").forEach(l -> out.append(l).append('\n')));
            }
            String never = WhatIfLines.neverMatters(q, m);
            if (never != null) {
                Wrap.lines(never, width, indent).forEach(l -> out.append(l).append('\n'));
            }
        }

        d.nextAction().ifPresent(a -> {
            out.append('\n');
            String next = m.text("report.next") + ": ";
            Wrap.hanging(next, m.format("report.next-step", "step", a.step(), "title", a.title()), width, " ".repeat(next.length()))
                    .forEach(l -> out.append(l).append('\n'));
        });

        if (d.trace() != null) {
            heading(out, m.text("text.trace"), width);
            for (TraceEntry t : d.trace()) {
                String head = String.format(Locale.ROOT, "%4d. ", t.step());
                String indent = " ".repeat(head.length());
                out.append(head).append(t.rule()).append('\n');
                Wrap.lines(m.text("report.matched") + ": " + String.join("; ", TraceLines.texts(t.matched(), m)), width, indent)
                        .forEach(l -> out.append(l).append('\n'));
                if (!t.concluded().isEmpty()) {
                    Wrap.lines(m.text("report.concluded") + ": " + String.join("; ", TraceLines.texts(t.concluded(), m)), width, indent)
                            .forEach(l -> out.append(l).append('\n'));
                }
            }
        }
        return out.toString();
    }

    /** A section heading after a blank line, wrapped like prose when the terminal is narrower than it. */
    private static void heading(StringBuilder out, String heading, int width) {
        out.append('\n');
        Wrap.lines(heading, width, "").forEach(l -> out.append(l).append('\n'));
    }

    private static String list(List<String> values, int max, Messages m) {
        if (values.size() <= max) {
            return String.join(", ", values);
        }
        return m.format("report.more-values", "list", String.join(", ", values.subList(0, max)), "count", values.size() - max);
    }

    /** The first twelve hex digits of a rules hash, enough to tell two rule bases apart. */
    static String shortHash(String hash) {
        int colon = hash.indexOf(':');
        String hex = colon < 0 ? hash : hash.substring(colon + 1);
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }
}
