package org.mailblock.authoring;

import org.mailblock.engine.inspect.WhyNot;
import java.util.List;
import org.mailblock.engine.RuleProblem;
import org.mailblock.facts.VisibleText;

/** The text forms of the authoring reports, for people at a terminal. */
public final class AuthoringText {

    /** How many facts a why-not lists before it says how many more there are. */
    private static final int FACTS_SHOWN = 8;

    private AuthoringText() {
    }

    /** {@code check}: one {@code file:line:col: level: message} line per finding, then a summary. */
    public static String check(CheckReport report) {
        StringBuilder out = new StringBuilder();
        for (RuleProblem p : report.findings()) {
            out.append(v(p.format())).append('\n');
        }
        out.append(v(report.rulesFolder())).append(": ").append(report.rules()).append(report.rules() == 1 ? " rule, " : " rules, ")
                .append(count(report.errors(), "error")).append(", ").append(count(report.warnings(), "warning")).append('\n');
        return out.toString();
    }

    /** {@code test}: PASS/FAIL per sample, a readable diff for each failure, a summary, and coverage when measured. */
    public static String test(TestRun run, Double threshold) {
        StringBuilder out = new StringBuilder();
        for (SampleResult r : run.results()) {
            out.append(r.outcome()).append("  ").append(v(r.sample())).append('\n');
            for (String d : r.differences()) {
                out.append("    ").append(String.join("\n    ", d.lines().map(AuthoringText::v).toList())).append('\n');
            }
            for (String p : r.problems()) {
                out.append("    ").append(v(p)).append('\n');
            }
            if (r.outcome() == SampleResult.Outcome.FAIL && !r.rulesFired().isEmpty()) {
                out.append("    rules fired: ").append(String.join(", ", r.rulesFired())).append('\n');
            }
        }
        out.append('\n').append(run.results().size()).append(run.results().size() == 1 ? " sample: " : " samples: ")
                .append(run.passed()).append(" passed, ").append(run.failed()).append(" failed");
        if (run.errors() > 0) {
            out.append(", ").append(count(run.errors(), "error"));
        }
        out.append('\n');
        if (run.coverage() != null) {
            out.append('\n').append(coverage(run.coverage(), threshold));
        }
        return out.toString();
    }

    /** {@code test --coverage}: per rule the samples it fired in, then why each rule that never fired did not. */
    public static String coverage(Coverage c, Double threshold) {
        StringBuilder out = new StringBuilder("COVERAGE: samples each rule fired in\n");
        int width = c.rules().stream().mapToInt(r -> r.rule().length()).max().orElse(10);
        for (Coverage.RuleCount r : c.rules()) {
            out.append(String.format("  %4d  %-" + width + "s  %s%n", r.samples(), r.rule(), r.location()));
        }
        long fired = c.rules().stream().filter(r -> r.samples() > 0).count();
        out.append(String.format("%d of %d rules fired in at least one of %d samples: %.1f %%", fired, c.rules().size(), c.samples(), c.percent()));
        if (threshold != null) {
            out.append(String.format(" (threshold %.1f %%: %s)", threshold, c.percent() + 1e-9 >= threshold ? "met" : "NOT met"));
        }
        out.append('\n');
        if (!c.neverFired().isEmpty()) {
            out.append("\nNEVER FIRED, and the first condition no sample satisfied\n");
            for (Coverage.NeverFired n : c.neverFired()) {
                out.append(whyNot(n.whyNot(), n.closest()));
            }
        }
        return out.toString().replace("\r\n", "\n");
    }

    /** {@code explain}: each conclusion with the firings behind it, as a tree; then why-not verdicts. */
    public static String explain(ExplainReport report) {
        StringBuilder out = new StringBuilder("EXPLANATION of ").append(v(report.sample())).append('\n');
        for (ExplainReport.Node n : report.conclusions()) {
            out.append('\n').append(n.kind().toUpperCase(java.util.Locale.ROOT)).append(' ').append(n.id());
            if (!n.value().isEmpty()) {
                out.append(" (").append(n.value()).append(')');
            }
            out.append('\n');
            for (ExplainReport.Support s : n.supportedBy()) {
                support(out, s, "  ");
            }
        }
        for (String note : report.notes()) {
            out.append('\n').append(v(note)).append('\n');
        }
        for (WhyNot w : report.notFired()) {
            out.append('\n').append(whyNot(w, null));
        }
        return out.toString();
    }

    private static void support(StringBuilder out, ExplainReport.Support s, String indent) {
        out.append(indent).append("<- rule ").append(s.rule()).append(" (").append(s.location()).append("), firing #").append(s.firing()).append('\n');
        for (String f : s.facts()) {
            out.append(indent).append("     matched  ").append(v(f)).append('\n');
        }
        for (String b : s.bindings()) {
            out.append(indent).append("     bound    ").append(v(b)).append('\n');
        }
        for (String h : s.held()) {
            out.append(indent).append("     and held ").append(h).append('\n');
        }
        for (String e : s.evidence()) {
            out.append(indent).append("     evidence ").append(v(e)).append('\n');
        }
        for (ExplainReport.Support b : s.builtOn()) {
            out.append(indent).append("     built on what this concluded:\n");
            support(out, b, indent + "       ");
        }
    }

    /** A why-not verdict: which condition failed, where, and on which facts. */
    public static String whyNot(WhyNot w, String sample) {
        StringBuilder out = new StringBuilder();
        if (w == null) {
            return "";
        }
        out.append("RULE ").append(w.rule()).append(" (").append(w.location()).append(")");
        if (w.fired()) {
            return out.append(" fired").append(sample == null || sample.isEmpty() ? "" : " in " + v(sample)).append('\n').toString();
        }
        out.append(" did not fire").append(sample == null || sample.isEmpty() ? "" : "; closest sample: " + v(sample)).append('\n');
        out.append("  ").append(w.matched()).append(" of ").append(w.conditions()).append(" conditions satisfied");
        if (w.failing() != null) {
            String file = w.location().substring(0, w.location().lastIndexOf(':'));
            out.append("; condition ").append(w.failing().number()).append(" failed at ").append(file).append(':')
                    .append(w.failing().line()).append(':').append(w.failing().column()).append('\n');
            out.append("    ").append(w.failing().text()).append('\n');
        } else {
            out.append('\n');
        }
        out.append("  ").append(v(w.reason())).append('\n');
        List<String> facts = w.facts();
        for (int i = 0; i < Math.min(FACTS_SHOWN, facts.size()); i++) {
            out.append("    - ").append(v(facts.get(i))).append('\n');
        }
        if (facts.size() > FACTS_SHOWN) {
            out.append("    ... and ").append(facts.size() - FACTS_SHOWN).append(" more\n");
        }
        return out.toString();
    }

    /** {@code rules}: the rules table, then the causes and the actions with the rules behind each. */
    public static String rules(RuleListing listing) {
        StringBuilder out = new StringBuilder("RULES\n");
        int idWidth = Math.max(4, listing.rules().stream().mapToInt(r -> r.id().length()).max().orElse(4));
        int whereWidth = listing.rules().stream().mapToInt(r -> (r.file() + ":" + r.line()).length()).max().orElse(10);
        out.append(String.format("  %-" + idWidth + "s  %-" + whereWidth + "s  %8s  %-24s  %s%n", "id", "where", "salience", "NDR codes", "what it says"));
        for (RuleListing.RuleRow r : listing.rules()) {
            out.append(String.format("  %-" + idWidth + "s  %-" + whereWidth + "s  %8s  %-24s  %s%n", r.id(), r.file() + ":" + r.line(),
                    r.salience() == null ? "-" : r.salience(), RuleListing.cell(r.codes()), r.description()));
        }
        out.append("\nCAUSES, in catalogue order\n");
        int causeWidth = listing.causes().stream().mapToInt(c -> c.id().length()).max().orElse(10);
        for (RuleListing.CauseRow c : listing.causes()) {
            out.append(String.format("  %-" + causeWidth + "s  %-24s  %s%n", c.id(), RuleListing.cell(c.codes()), c.title()));
            out.append(String.format("  %-" + causeWidth + "s  concluded by: %s%n", "", RuleListing.cell(c.concludedBy())));
        }
        out.append("\nACTIONS, in plan order\n");
        int actionWidth = listing.actions().stream().mapToInt(a -> a.id().length()).max().orElse(10);
        for (RuleListing.ActionRow a : listing.actions()) {
            out.append(String.format("  %4d  %-" + actionWidth + "s  %s%n", a.order(), a.id(), a.title()));
            out.append(String.format("        %-" + actionWidth + "s  proposed by: %s%n", "", RuleListing.cell(a.proposedBy())));
        }
        return out.toString().replace("\r\n", "\n");
    }

    /** A text that may quote the fact file, with what would drive the terminal or break the line escaped. */
    private static String v(String text) {
        return VisibleText.of(text);
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
