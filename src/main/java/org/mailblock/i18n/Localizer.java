package org.mailblock.i18n;

import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;

/**
 * Puts a diagnosis into another language: titles, summaries and questions are looked up by the
 * entries' ids, evidence lines by their English wording; ids, facts and values stay as they are.
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
                        c.evidence().stream().map(e -> new Evidence(e.fact(), e.value(),
                                EvidenceTexts.translate(e.detail(), m.english(), m))).toList(),
                        c.rules())).toList(),
                d.actions().stream().map(a -> a.with(
                        m.textOr("actions." + a.id() + ".title", a.title()),
                        m.textOr("actions." + a.id() + ".summary", a.summary()), a.targets(), a.commands())).toList(),
                d.questions().stream().map(q -> new Question(q.id(),
                        m.textOr("questions." + q.id() + ".ask", q.ask()),
                        m.textOr("questions." + q.id() + ".how", q.how()), q.matters(), q.about(), q.rules())).toList(),
                d.trace());
    }
}
