package org.mailblock.report;

import java.util.List;
import java.util.Locale;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Command;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Status;
import org.mailblock.diagnosis.Symptom;
import org.mailblock.diagnosis.TraceEntry;

/**
 * The diagnosis for people at a terminal: what blocks the tenant, the causes with their
 * evidence, the numbered plan with statuses and commands, and what to find out next. Prose is
 * wrapped to 80 columns; commands stay on one line so they can be copied.
 */
public final class TextReport {

    private static final int WIDTH = 80;
    private static final int MAX_EVIDENCE = 8;
    private static final int MAX_TARGETS = 12;

    private TextReport() {
    }

    /** The report as text, ending with a newline. */
    public static String render(Diagnosis d) {
        StringBuilder out = new StringBuilder();
        out.append("mailblock diagnosis of ").append(d.tenant()).append('\n');
        out.append("collected ").append(d.collectedAt()).append(" | mailblock ").append(d.engine().version())
                .append(" | rules ").append(shortHash(d.engine().rulesHash())).append('\n');

        out.append('\n').append(d.tenantBanned()
                ? "BANNED: Exchange Online refuses all outgoing mail of this tenant. The NDRs show:"
                : "Not a ban of the whole tenant. The NDRs show:").append('\n');
        for (Symptom s : d.symptoms()) {
            String head = String.format(Locale.ROOT, "  %-8s x%-6d ", s.code(), s.count());
            Wrap.hanging(head, s.title(), WIDTH, " ".repeat(head.length())).forEach(l -> out.append(l).append('\n'));
        }

        out.append('\n').append("ROOT CAUSES, most likely first").append('\n');
        if (d.rootCauses().isEmpty()) {
            out.append("  None found: no rule explains these codes.").append('\n');
        }
        int n = 0;
        for (RootCause c : d.rootCauses()) {
            n++;
            String head = String.format(Locale.ROOT, "%2d. %-11s ", n, "[" + c.confidence().id() + "]");
            String indent = " ".repeat(head.length());
            Wrap.hanging(head, c.title(), WIDTH, indent).forEach(l -> out.append(l).append('\n'));
            out.append(indent).append(c.id()).append('\n');
            List<Evidence> evidence = c.evidence();
            for (int i = 0; i < Math.min(MAX_EVIDENCE, evidence.size()); i++) {
                Evidence e = evidence.get(i);
                String fact = e.value() == null ? e.fact() : e.fact() + " = " + e.value();
                Wrap.hanging(indent + "- ", fact, WIDTH, indent + "  ").forEach(l -> out.append(l).append('\n'));
                Wrap.lines(e.detail(), WIDTH, indent + "  ").forEach(l -> out.append(l).append('\n'));
            }
            if (evidence.size() > MAX_EVIDENCE) {
                out.append(indent).append("- and ").append(evidence.size() - MAX_EVIDENCE)
                        .append(" more (all of them with --format json)").append('\n');
            }
        }

        out.append('\n').append("PLAN, in this order").append('\n');
        if (d.actions().isEmpty()) {
            out.append("  Nothing to do.").append('\n');
        }
        for (Action a : d.actions()) {
            String head = String.format(Locale.ROOT, "%2d. %-10s ", a.step(), "[" + a.status().id() + "]");
            String indent = " ".repeat(head.length());
            Wrap.hanging(head, a.title(), WIDTH, indent).forEach(l -> out.append(l).append('\n'));
            out.append(indent).append(a.id());
            if (!a.because().isEmpty()) {
                out.append(", for ").append(String.join(", ", a.because()));
            }
            out.append('\n');
            if (!a.targets().isEmpty()) {
                Wrap.lines("Concerns: " + list(a.targets(), MAX_TARGETS), WIDTH, indent).forEach(l -> out.append(l).append('\n'));
            }
            if (a.status() != Status.DONE) {
                Wrap.lines(a.summary(), WIDTH, indent).forEach(l -> out.append(l).append('\n'));
                for (Command c : a.commands()) {
                    out.append(indent).append(String.format(Locale.ROOT, "%-6s %s", c.purpose() + ":", c.run())).append('\n');
                }
            }
        }

        out.append('\n').append("QUESTIONS, facts that would change the conclusion").append('\n');
        if (d.questions().isEmpty()) {
            out.append("  None.").append('\n');
        }
        for (Question q : d.questions()) {
            String indent = "    ";
            Wrap.hanging("  - ", q.ask(), WIDTH, indent).forEach(l -> out.append(l).append('\n'));
            if (!q.about().isEmpty()) {
                Wrap.lines("About: " + list(q.about(), MAX_TARGETS), WIDTH, indent).forEach(l -> out.append(l).append('\n'));
            }
            Wrap.lines("How: " + q.how(), WIDTH, indent).forEach(l -> out.append(l).append('\n'));
            Wrap.lines("Matters for: " + String.join(", ", q.matters()) + " (" + q.id() + ")", WIDTH, indent)
                    .forEach(l -> out.append(l).append('\n'));
        }

        d.nextAction().ifPresent(a -> out.append('\n').append("Next: step ").append(a.step()).append(", ")
                .append(a.title()).append('\n'));

        if (d.trace() != null) {
            out.append('\n').append("TRACE, rules in the order they fired").append('\n');
            for (TraceEntry t : d.trace()) {
                String head = String.format(Locale.ROOT, "%4d. ", t.step());
                String indent = " ".repeat(head.length());
                out.append(head).append(t.rule()).append('\n');
                Wrap.lines("matched: " + String.join("; ", t.matched()), WIDTH, indent).forEach(l -> out.append(l).append('\n'));
                if (!t.concluded().isEmpty()) {
                    Wrap.lines("concluded: " + String.join("; ", t.concluded()), WIDTH, indent)
                            .forEach(l -> out.append(l).append('\n'));
                }
            }
        }
        return out.toString();
    }

    private static String list(List<String> values, int max) {
        if (values.size() <= max) {
            return String.join(", ", values);
        }
        return String.join(", ", values.subList(0, max)) + " and " + (values.size() - max) + " more";
    }

    private static String shortHash(String hash) {
        int colon = hash.indexOf(':');
        String hex = colon < 0 ? hash : hash.substring(colon + 1);
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }
}
