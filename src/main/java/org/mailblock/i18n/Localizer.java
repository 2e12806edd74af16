package org.mailblock.i18n;

import java.util.List;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.EvidenceText;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Symptom;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.diagnosis.TraceText;

/**
 * Puts a diagnosis into another language: titles, summaries and questions are looked up by the
 * entries' ids, evidence and trace lines by their message keys and arguments; ids, facts and values
 * stay as they are.
 */
public final class Localizer {

    private Localizer() {
    }

    /** The diagnosis with its catalogue texts in the language of the messages. */
    public static Diagnosis localize(Diagnosis d, Messages m) {
        return new Diagnosis(d.tenant(), d.collectedAt(), d.engine(),
                d.symptoms().stream().map(s -> s.withTitle(
                        m.textOr("symptoms." + s.id() + ".title", s.title()))).toList(),
                d.rootCauses().stream().map(c -> new RootCause(c.id(),
                        m.textOr("causes." + c.id() + ".title", c.title()), c.confidence(),
                        m.textOr("causes." + c.id() + ".summary", c.summary()),
                        c.evidence().stream().map(e -> evidence(e, m)).toList(),
                        c.rules())).toList(),
                d.actions().stream().map(a -> a.with(
                        m.textOr("actions." + a.id() + ".title", a.title()),
                        m.textOr("actions." + a.id() + ".summary", a.summary()), a.targets(), a.commands())).toList(),
                d.questions().stream().map(q -> q.withTexts(
                        q.fill(m.textOr("questions." + q.id() + ".ask", q.ask())),
                        q.fill(m.textOr("questions." + q.id() + ".how", q.how())), q.about(),
                        q.answers().stream().map(a -> a.withLabel(
                                m.textOr("questions." + q.id() + ".answers." + a.id(), a.label()))).toList())).toList(),
                d.trace() == null ? null : d.trace().stream().map(t -> new TraceEntry(t.step(), t.rule(), t.name(),
                        render(t.matched(), m), render(t.concluded(), m))).toList(),
                d.assumptions(), d.whatIf());
    }

    /** Trace items in the language of the messages, from their keys and arguments. */
    private static List<TraceText> render(List<TraceText> items, Messages m) {
        return items.stream().map(i -> new TraceText(i.key(), i.args(), m.format(i.key(), i.namesAndValues()))).toList();
    }

    /** The evidence written again from its key and arguments in the language of the messages. */
    public static Evidence evidence(Evidence e, Messages m) {
        return e.with(e.args(), EvidenceText.render(e.key(), e.args(), key -> m.textOr(key, null)));
    }
}
