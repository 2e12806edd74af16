package org.mailblock.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Status;
import org.mailblock.diagnosis.Symptom;
import org.mailblock.diagnosis.TenantBan;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.VisibleText;
import org.mailblock.i18n.Messages;

/**
 * The packet for a support case asking Microsoft to lift a sending block: the NDRs, what was
 * found, what is already done and what shows it, what remains, and the questions Support asks.
 * While any earlier step is not done, it says the request is not ready and lists what is still open.
 */
public final class SupportPacket {

    /** The action that asks Support to lift the block; always the last step of a banned tenant's plan. */
    public static final String REQUEST_UNBLOCK = "request-unblock";

    /** Whether the support request can be made. */
    public enum Readiness {
        /** Every step before the request is done. */
        READY,
        /** Earlier steps are still to fix or to prove: Support would refuse. */
        PREMATURE,
        /** The tenant is not banned: there is nothing for Support to lift. */
        NOT_NEEDED,
        /** The codes are outside the knowledge base: whether anything is banned cannot be said. */
        UNKNOWN;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    record OpenStep(int step, String id, String title, String statusId, String status, String targets, String prove) {
    }

    record NdrRow(String code, long count, String lastSeen, String meaning, String text, String textCell) {
    }

    record Found(String id, String title, String confidenceId, String confidence, List<ReportView.EvidenceView> evidence) {
    }

    record DoneStep(int step, String id, String title, String status, String evidence, String shownBy) {
    }

    record OpenQuestion(String ask, String how) {
    }

    /** What the templates show. */
    static final class View {
        String lang;
        String title;
        String intro;
        String state;
        String stateHeading;
        String stateText;
        List<OpenStep> openRequired = new ArrayList<>();
        boolean hasOpenRequired;
        List<NdrRow> ndrs = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        List<DoneStep> done = new ArrayList<>();
        List<OpenStep> remains = new ArrayList<>();
        List<String> supportQuestions;
        List<OpenQuestion> openQuestions = new ArrayList<>();
        boolean hasOpenQuestions;
        String generated;
        Map<String, Object> t;
        WhatIfView whatIf;
    }

    private SupportPacket() {
    }

    /** Whether the request can be made: only once the request no longer waits for earlier steps. */
    public static Readiness readiness(Diagnosis d) {
        if (d.actions().stream().noneMatch(a -> a.id().equals(REQUEST_UNBLOCK))) {
            return d.tenantBan() == TenantBan.UNKNOWN ? Readiness.UNKNOWN : Readiness.NOT_NEEDED;
        }
        return openBeforeRequest(d).isEmpty() ? Readiness.READY : Readiness.PREMATURE;
    }

    /** The steps the request waits for, required and to verify, in plan order. */
    public static List<Action> openBeforeRequest(Diagnosis d) {
        List<Integer> waitingFor = d.actions().stream().filter(a -> a.id().equals(REQUEST_UNBLOCK))
                .findFirst().map(Action::waitingFor).orElse(List.of());
        return d.actions().stream().filter(a -> waitingFor.contains(a.step())).toList();
    }

    /**
     * The packet as Markdown.
     *
     * @param d      the diagnosis, localized (and redacted, if wanted); with its trace, the packet shows which facts proved each done step
     * @param facts  the facts it came from, for the NDR times and texts
     * @param redact applied to the NDR texts taken from the facts (identity when not redacting)
     */
    public static String markdown(Diagnosis d, TenantFacts facts, Messages m, UnaryOperator<String> redact) {
        return Templates.render(Templates.MARKDOWN_PACKET, view(d, facts, m, redact, true));
    }

    /** The packet as one self-contained HTML page; see {@link #markdown} for the parameters. */
    public static String html(Diagnosis d, TenantFacts facts, Messages m, UnaryOperator<String> redact) {
        return Templates.render(Templates.HTML_PACKET, view(d, facts, m, redact, false));
    }

    private static View view(Diagnosis localized, TenantFacts facts, Messages m, UnaryOperator<String> redact, boolean markdown) {
        // no value from the fact file may drive a terminal, start a line of its own or hide in the text
        Diagnosis d = VisibleDiagnosis.of(localized);
        View v = new View();
        v.lang = m.language();
        v.t = ReportView.labels(m);
        v.whatIf = WhatIfView.of(d, m);
        v.title = m.format("packet.title", "tenant", d.tenant());
        v.intro = m.format("packet.intro", "collectedAt", d.collectedAt());
        Readiness readiness = readiness(d);
        v.state = readiness.id();
        v.stateHeading = m.text("packet." + readiness.id() + "-heading");
        v.stateText = m.text("packet." + readiness.id());
        if (readiness == Readiness.PREMATURE) {
            openBeforeRequest(d).forEach(a -> v.openRequired.add(open(a, m)));
        }
        v.hasOpenRequired = !v.openRequired.isEmpty();

        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Instant> lastSeen = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        for (Ndr n : Redaction.known(facts.ndrs())) {
            String code = ShownCode.of(n.code());
            counts.computeIfAbsent(code, k -> new long[1])[0] += n.count() == null ? 1 : n.count();
            if (n.at() != null && (lastSeen.get(code) == null || n.at().isAfter(lastSeen.get(code)))) {
                lastSeen.put(code, n.at());
            }
            if (n.text() != null) {
                texts.putIfAbsent(code, VisibleText.of(redact.apply(n.text())));
            }
        }
        for (Symptom s : d.symptoms()) {
            Instant last = lastSeen.get(ShownCode.of(s.code()));
            String text = texts.get(ShownCode.of(s.code()));
            v.ndrs.add(new NdrRow(ShownCode.of(s.code()), s.count(), last == null ? "" : TimelineSvg.DATE.format(last), s.title(), text,
                    text == null ? null : Markdown.code(text)));
        }
        for (RootCause c : d.rootCauses()) {
            List<ReportView.EvidenceView> evidence = c.evidence().stream().map(SupportPacket::evidence).toList();
            v.found.add(new Found(c.id(), c.title(), c.confidence().id(), m.text("confidence." + c.confidence().id()), evidence));
        }
        for (Action a : d.actions()) {
            if (a.status() == Status.DONE) {
                v.done.add(new DoneStep(a.step(), a.id(), a.title(), m.text("status.done"),
                        m.textOr("packet.done-evidence." + a.id(), ""), shownBy(d, a)));
            } else if (!a.id().equals(REQUEST_UNBLOCK)) {
                v.remains.add(open(a, m));
            }
        }
        v.supportQuestions = m.list("packet.asks");
        d.questions().forEach(q -> v.openQuestions.add(new OpenQuestion(q.ask(), q.how())));
        v.hasOpenQuestions = !v.openQuestions.isEmpty();
        v.generated = m.format("report.generated", "version", d.engine().version(), "collectedAt", d.collectedAt(),
                "rules", TextReport.shortHash(d.engine().rulesHash()));
        return v;
    }

    private static OpenStep open(Action a, Messages m) {
        return new OpenStep(a.step(), a.id(), a.title(), a.status().id(), m.text("status." + a.status().id()),
                String.join(", ", a.targets()), m.textOr("packet.done-evidence." + a.id(), null));
    }

    private static ReportView.EvidenceView evidence(Evidence e) {
        String fact = e.value() == null ? e.fact() : e.fact() + " = " + e.shownValue();
        return new ReportView.EvidenceView(e.fact(), e.shownValue(), e.detail(), Markdown.code(fact));
    }

    /** The facts the rules that marked the step done matched, from the trace; empty without one. */
    private static String shownBy(Diagnosis d, Action a) {
        if (d.trace() == null) {
            return "";
        }
        Set<String> matched = new LinkedHashSet<>();
        for (TraceEntry t : d.trace()) {
            if (a.rules().contains(t.rule())) {
                matched.addAll(TraceLines.texts(t.matched()));
            }
        }
        return String.join("; ", matched);
    }
}
