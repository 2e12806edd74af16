package org.mailblock.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Status;
import org.mailblock.diagnosis.Symptom;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.facts.VisibleText;
import org.mailblock.i18n.Messages;

/**
 * What the Markdown and HTML templates show, prepared from a localized diagnosis: every text a
 * reader sees comes from the diagnosis or the messages, the templates only lay it out.
 */
final class ReportView {

    record SymptomView(String id, String code, long count, String title) {
    }

    record EvidenceView(String fact, String value, String detail, String factCell) {
        /** What a customer reads: the evidence in words, or the fact and its value where a rule gave no words. */
        String said() {
            if (detail != null && !detail.isBlank()) {
                return detail;
            }
            return value == null ? fact : fact + " = " + value;
        }
    }

    record CauseView(int rank, String id, String title, String confidenceId, String confidence, String summary,
                     List<EvidenceView> evidence) {
    }

    record CommandView(String purposeId, String purpose, String run, String note) {
    }

    record ActionView(int step, String id, String title, String statusId, String status, String box, boolean open,
                      String summary, String because, String becauseTitles, String targets, String waiting, List<CommandView> commands) {
        boolean hasCommands() {
            return !commands.isEmpty();
        }
    }

    record QuestionView(String id, String ask, String how, String about, String matters, String mattersTitles, List<String> answers,
                        String neverMatters) {
        boolean hasAnswers() {
            return !answers.isEmpty();
        }
    }

    record EventView(String date, String label) {
    }

    record TraceView(int step, String rule, String ruleCode, String matched, String concluded) {
    }

    record Summary(String block, String leadingCause, String leadingConfidence, String leadingConfidenceId, String nextAction) {
    }

    final String lang;
    final String title;
    final String meta;
    final String metaMarkdown;
    final String generated;
    final boolean banned;
    final String banClass;
    final String banText;
    final Summary summary;
    final List<SymptomView> symptoms = new ArrayList<>();
    final List<CauseView> causes = new ArrayList<>();
    final List<ActionView> actions = new ArrayList<>();
    final List<QuestionView> questions = new ArrayList<>();
    final List<EventView> events = new ArrayList<>();
    final List<TraceView> trace = new ArrayList<>();
    final boolean hasTrace;
    final String timelineSvg;
    final boolean hasEvents;
    final Map<String, Object> t;
    final WhatIfView whatIf;

    ReportView(Diagnosis localized, Messages m, List<Timeline.Event> timeline) {
        Diagnosis d = VisibleDiagnosis.of(localized);
        this.lang = m.language();
        this.title = m.format("report.title", "tenant", d.tenant());
        this.meta = m.format("report.meta", "collectedAt", d.collectedAt(), "version", d.engine().version(),
                "rules", TextReport.shortHash(d.engine().rulesHash()));
        // a pipe outside a table needs no escape in Markdown, and a middle dot reads better there
        this.metaMarkdown = Markdown.text(meta).replace(" \\| ", " · ");
        this.generated = m.format("report.generated", "version", d.engine().version(), "collectedAt", d.collectedAt(),
                "rules", TextReport.shortHash(d.engine().rulesHash()));
        this.banned = d.tenantBanned();
        this.banText = StepNotes.ban(d, m);
        this.banClass = switch (d.tenantBan()) {
            case YES -> "banned";
            case NO -> "not-banned";
            case UNKNOWN -> "ban-unknown";
        };
        for (Symptom s : d.symptoms()) {
            symptoms.add(new SymptomView(s.id(), ShownCode.of(s.code()), s.count(), s.title()));
        }
        int rank = 0;
        for (RootCause c : d.rootCauses()) {
            List<EvidenceView> evidence = new ArrayList<>();
            for (Evidence e : c.evidence()) {
                String fact = e.value() == null ? e.fact() : e.fact() + " = " + e.shownValue();
                evidence.add(new EvidenceView(e.fact(), e.shownValue(), e.detail(), Markdown.code(fact)));
            }
            causes.add(new CauseView(++rank, c.id(), c.title(), c.confidence().id(), m.text("confidence." + c.confidence().id()),
                    c.summary(), evidence));
        }
        for (Action a : d.actions()) {
            List<CommandView> commands = a.commands().stream()
                    .map(c -> new CommandView(c.purpose(), m.text("purpose." + c.purpose()), c.run(), StepNotes.command(c, m))).toList();
            actions.add(new ActionView(a.step(), a.id(), a.title(), a.status().id(), m.text("status." + a.status().id()),
                    a.status() == Status.DONE ? "x" : " ", a.status() != Status.DONE, a.summary(),
                    String.join(", ", a.because()), causeTitles(a.because(), d, m), String.join(", ", a.targets()),
                    StepNotes.waiting(a, m), commands));
        }
        for (Question q : d.questions()) {
            questions.add(new QuestionView(q.id(), q.ask(), q.how(), String.join(", ", q.about()), String.join(", ", q.matters()),
                    causeTitles(q.matters(), d, m), WhatIfLines.answers(q, m), WhatIfLines.neverMatters(q, m)));
        }
        for (Timeline.Event e : timeline) {
            events.add(new EventView(TimelineSvg.DATE.format(e.at()), VisibleText.of(e.label())));
        }
        this.hasEvents = !events.isEmpty();
        if (d.trace() != null) {
            for (TraceEntry e : d.trace()) {
                String concluded = String.join("; ", TraceLines.texts(e.concluded(), m));
                trace.add(new TraceView(e.step(), e.rule(), Markdown.code(e.rule()), String.join("; ", TraceLines.texts(e.matched(), m)),
                        concluded.isEmpty() ? null : concluded));
            }
        }
        this.hasTrace = d.trace() != null;
        this.timelineSvg = TimelineSvg.render(timeline.stream().map(e -> new Timeline.Event(e.at(), e.kind(), VisibleText.of(e.label()))).toList(),
                m.text("report.timeline"));
        this.summary = new Summary(
                d.symptoms().stream().map(s -> ShownCode.of(s.code()) + " ×" + s.count()).reduce((a, b) -> a + ", " + b).orElse(""),
                d.leadingCause().map(RootCause::title).orElse(m.text("report.no-block")),
                d.leadingCause().map(c -> m.text("confidence." + c.confidence().id())).orElse(null),
                d.leadingCause().map(c -> c.confidence().id()).orElse(null),
                d.nextAction().map(a -> m.format("report.next-step", "step", a.step(), "title", a.title()))
                        .orElse(m.text("report.all-done")));
        this.t = labels(m);
        this.whatIf = WhatIfView.of(d, m);
    }

    /** Causes by their titles rather than their ids, for readers outside the team: the diagnosis' own, else the catalogue's. */
    private static String causeTitles(List<String> ids, Diagnosis d, Messages m) {
        List<String> titles = new ArrayList<>(ids.size());
        for (String id : ids) {
            titles.add(d.rootCauses().stream().filter(c -> c.id().equals(id)).map(RootCause::title).findFirst()
                    .orElseGet(() -> m.textOr("causes." + id + ".title", id)));
        }
        return String.join("; ", titles);
    }

    /** The messages as nested maps, so that a template writes {@code {{t.report.causes}}}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> labels(Messages m) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (String key : m.allKeys()) {
            String[] parts = key.split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
                if (!(child instanceof Map)) {
                    break;
                }
                node = (Map<String, Object>) child;
            }
            String leaf = parts[parts.length - 1];
            List<String> list = m.list(key);
            node.put(leaf, list.isEmpty() ? m.text(key) : list);
        }
        return root;
    }
}
