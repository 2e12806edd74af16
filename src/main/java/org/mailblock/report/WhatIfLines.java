package org.mailblock.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mailblock.diagnosis.AnswerEffect;
import org.mailblock.diagnosis.Assumption;
import org.mailblock.diagnosis.Change;
import org.mailblock.diagnosis.Comparison;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Question;
import org.mailblock.i18n.Messages;

/**
 * The what-if texts every report format shows: the mark of a diagnosis made with assumptions, the
 * assumptions themselves, what they change, and for a ranked question one line per answer.
 */
final class WhatIfLines {

    private WhatIfLines() {
    }

    /** The mark at the top of a diagnosis made with assumptions; {@code null} for a diagnosis of the file as it is. */
    static String banner(Diagnosis d, Messages m) {
        return d.assumed() ? m.format("whatif.banner", "count", d.assumptions().size()) : null;
    }

    /** One line per assumption: path = value, and where it was given. */
    static List<String> assumptions(Diagnosis d, Messages m) {
        return d.assumptions().stream().map(a -> assumption(a, m)).toList();
    }

    static String assumption(Assumption a, Messages m) {
        return m.format("whatif.assumption", "path", a.path(), "value", a.value() == null ? m.text("whatif.unknown") : a.value(),
                "source", a.source());
    }

    /** What the assumptions change against the file as it is, one phrase each; empty without assumptions. */
    static List<String> whatIf(Diagnosis d, Messages m) {
        if (d.whatIf() == null) {
            return List.of();
        }
        List<String> out = phrases(d.whatIf(), m);
        return out.isEmpty() ? List.of(m.text("whatif.nothing")) : out;
    }

    /** The answers of a ranked question, one line each: "If ...: what changes". */
    static List<String> answers(Question q, Messages m) {
        List<String> out = new ArrayList<>();
        for (AnswerEffect a : q.answers()) {
            List<String> phrases = phrases(a.effect(), m);
            out.add(m.format("whatif.if", "answer", a.label(),
                    "changes", phrases.isEmpty() ? m.text("whatif.nothing") : String.join("; ", phrases)));
        }
        return out;
    }

    /** The note on a question whose answers change nothing; {@code null} otherwise. */
    static String neverMatters(Question q, Messages m) {
        return q.neverMatters() ? m.text("whatif.never-matters") : null;
    }

    /** The changes in words, in the order of the comparison. */
    static List<String> phrases(Comparison c, Messages m) {
        String leading = c.changes().stream().filter(ch -> ch.kind() == Change.Kind.LEADING_CAUSE && ch.to() != null)
                .map(Change::to).findFirst().orElse(null);
        List<String> out = new ArrayList<>();
        for (Change ch : c.changes()) {
            if (ch.kind() == Change.Kind.LEADING_CAUSE && ch.to() != null) {
                // the new leading cause's confidence is said with it, not again on its own
                String confidence = c.changes().stream().filter(x -> x.kind() == Change.Kind.CONFIDENCE && ch.to().equals(x.subject()))
                        .map(Change::to).findFirst().orElse(null);
                out.add(confidence == null ? m.format("whatif.leading-cause", "cause", cause(ch.to(), m))
                        : m.format("whatif.leading-cause-as", "cause", cause(ch.to(), m), "confidence", m.text("confidence." + confidence)));
            } else if (!(ch.kind() == Change.Kind.CONFIDENCE && ch.subject().equals(leading))) {
                out.add(phrase(ch, m));
            }
        }
        return out;
    }

    private static String phrase(Change c, Messages m) {
        return switch (c.kind()) {
            case LEADING_CAUSE -> c.to() == null ? m.text("whatif.no-leading-cause")
                    : m.format("whatif.leading-cause", "cause", cause(c.to(), m));
            case READINESS -> "waiting".equals(c.to())
                    ? m.format("whatif.not-ready", "step", c.step(), "title", action(c.subject(), m), "steps", steps(c.waitingFor(), m),
                            "count", c.waitingFor().size())
                    : m.format("whatif.ready", "step", c.step(), "title", action(c.subject(), m), "status", status(c.to(), m));
            case STILL_WAITING -> m.format("whatif.still-waiting", "step", c.step(), "steps", steps(c.waitingFor(), m),
                    "count", c.waitingFor().size());
            case NEXT_STEP -> c.to() == null ? m.text("whatif.no-next")
                    : m.format("whatif.next", "step", c.step());
            case STEP_STATUS -> c.from() == null
                    ? m.format("whatif.step-new", "step", c.step(), "title", action(c.subject(), m), "status", status(c.to(), m))
                    : c.to() == null ? m.format("whatif.step-gone", "title", action(c.subject(), m))
                    : m.format("whatif.step", "step", c.step(), "title", action(c.subject(), m), "status", status(c.to(), m));
            case CONFIDENCE -> c.from() == null
                    ? m.format("whatif.cause-new", "cause", cause(c.subject(), m), "confidence", m.text("confidence." + c.to()))
                    : c.to() == null ? m.format("whatif.cause-gone", "cause", cause(c.subject(), m))
                    : m.format("whatif.confidence", "cause", cause(c.subject(), m), "confidence", m.text("confidence." + c.to()));
        };
    }

    private static String cause(String id, Messages m) {
        return m.textOr("causes." + id + ".title", id);
    }

    private static String action(String id, Messages m) {
        return m.textOr("actions." + id + ".title", id);
    }

    private static String status(String id, Messages m) {
        return m.text("status." + id);
    }

    private static String steps(List<Integer> steps, Messages m) {
        if (steps.size() == 1) {
            return String.valueOf(steps.get(0));
        }
        String head = steps.subList(0, steps.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return head + " " + m.text("report.and") + " " + steps.get(steps.size() - 1);
    }
}
