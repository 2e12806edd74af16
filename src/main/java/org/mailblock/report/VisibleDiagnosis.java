package org.mailblock.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Symptom;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.diagnosis.TraceText;
import org.mailblock.facts.VisibleText;

/**
 * A diagnosis made safe for people to read: every text in it, values from the fact file
 * included, has its control, line-breaking and invisible characters written as escapes (see
 * {@link VisibleText}), so that no value can drive a terminal, start a line of its own or
 * reverse the text around it. The reports for people (text, Markdown, HTML, the packet) show
 * this; the JSON contract keeps the values as they are and lets JSON escape them.
 */
final class VisibleDiagnosis {

    private VisibleDiagnosis() {
    }

    static Diagnosis of(Diagnosis d) {
        List<Symptom> symptoms = d.symptoms().stream().map(s -> new Symptom(s.id(), v(s.title()), v(s.code()), s.count(),
                s.tenantBan(), s.banUnknown())).toList();
        List<RootCause> causes = d.rootCauses().stream().map(c -> new RootCause(c.id(), v(c.title()), c.confidence(), v(c.summary()),
                c.evidence().stream().map(VisibleDiagnosis::evidence).toList(), c.rules())).toList();
        List<Action> actions = d.actions().stream().map(a -> a.with(v(a.title()), v(a.summary()), vs(a.targets()),
                a.commands().stream().map(c -> c.withRun(v(c.run())).forEachOf(c.forEach())).toList())).toList();
        List<Question> questions = d.questions().stream().map(q -> new Question(q.id(), v(q.ask()), v(q.how()), q.matters(),
                vs(q.about()), q.rules(), values(q.values()), q.answers().stream().map(a -> new org.mailblock.diagnosis.AnswerEffect(
                        a.id(), v(a.label()), assumptions(a.assumed()), a.effect())).toList(), q.impact())).toList();
        List<TraceEntry> trace = d.trace() == null ? null : d.trace().stream().map(t -> new TraceEntry(t.step(), t.rule(), v(t.name()),
                traceTexts(t.matched()), traceTexts(t.concluded()))).toList();
        return new Diagnosis(v(d.tenant()), d.collectedAt(), d.engine(), symptoms, causes, actions, questions, trace,
                assumptions(d.assumptions()), d.whatIf());
    }

    /** Assumed facts are typed by a user or read from a patch file: input like any fact value. */
    private static List<org.mailblock.diagnosis.Assumption> assumptions(List<org.mailblock.diagnosis.Assumption> assumed) {
        return assumed == null ? null : assumed.stream()
                .map(a -> new org.mailblock.diagnosis.Assumption(v(a.path()), v(a.value()), v(a.source()))).toList();
    }

    private static Evidence evidence(Evidence e) {
        Map<String, Object> args = new LinkedHashMap<>();
        e.args().forEach((name, arg) -> args.put(name, arg instanceof String s ? v(s) : arg));
        return new Evidence(v(e.fact()), Evidence.mapTexts(e.value(), VisibleDiagnosis::v), e.key(), args, v(e.detail()));
    }

    private static List<TraceText> traceTexts(List<TraceText> items) {
        return items.stream().map(i -> new TraceText(i.key(), values(i.args()), v(i.text()))).toList();
    }

    private static Map<String, String> values(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((name, value) -> out.put(name, v(value)));
        return out;
    }

    private static List<String> vs(List<String> texts) {
        return texts.stream().map(VisibleDiagnosis::v).toList();
    }

    private static String v(String text) {
        return VisibleText.of(text);
    }
}
