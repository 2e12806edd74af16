package org.mailblock.authoring.mutation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text and JSON forms of a mutation testing report. */
public final class MutationText {

    private MutationText() {
    }

    /** For a terminal: the survivors with file, line and change, then the score. */
    public static String text(MutationReport report, Double minScore) {
        StringBuilder out = new StringBuilder();
        List<MutationResult> survivors = report.survivors();
        if (survivors.isEmpty()) {
            out.append("No survivor: every mutant that compiled was noticed by a sample or is declared equivalent.\n");
        } else {
            out.append("Survivors: ").append(survivors.size())
                    .append(survivors.size() == 1 ? " change" : " changes").append(" no sample noticed; add a sample that tells each apart, or declare it in rules/")
                    .append(Equivalents.FILE).append(" with the reason it cannot change any outcome\n");
            for (MutationResult r : survivors) {
                Mutant m = r.mutant();
                out.append("  ").append(m.file()).append(':').append(m.line()).append("  ").append(m.rule())
                        .append("  ").append(m.kind().id()).append('\n');
                out.append("      ").append(m.change()).append('\n');
            }
        }
        for (String order : report.orderDependent()) {
            out.append("Order-dependent: ").append(order)
                    .append(" is diagnosed differently once rules are reloaded in another order: its outcome depends on the firing order\n");
        }
        for (String wrong : report.misdeclared()) {
            out.append("Declared equivalent wrongly: ").append(wrong).append('\n');
        }
        List<MutationResult> unchangeable = report.results().stream()
                .filter(r -> r.verdict() == MutationResult.Verdict.STILLBORN && !r.detail().equals("does not compile")).toList();
        for (MutationResult r : unchangeable.stream().map(r -> r.mutant().rule()).distinct()
                .map(rule -> unchangeable.stream().filter(r -> r.mutant().rule().equals(rule)).findFirst().orElseThrow()).toList()) {
            out.append("Not tested: ").append(r.mutant().rule()).append(": ").append(r.detail()).append('\n');
        }
        out.append('\n');
        long killed = report.count(MutationResult.Verdict.KILLED);
        long counted = killed + report.count(MutationResult.Verdict.SURVIVED);
        out.append(report.results().size()).append(" mutants against ").append(report.samples()).append(" samples in ")
                .append(String.format(Locale.ROOT, "%.1f s", report.millis() / 1000.0)).append(": ")
                .append(killed).append(" killed, ").append(survivors.size()).append(" survived, ")
                .append(report.count(MutationResult.Verdict.EQUIVALENT)).append(" declared equivalent, ")
                .append(report.count(MutationResult.Verdict.STILLBORN)).append(" did not compile\n");
        out.append("Mutation score: ").append(String.format(Locale.ROOT, "%.1f %%", report.score()))
                .append(" (").append(killed).append(" of ").append(counted).append(" killed)");
        if (minScore != null) {
            out.append(report.score() + 1e-9 >= minScore ? ", at least " : ", below ")
                    .append(String.format(Locale.ROOT, "%.1f %%", minScore));
        }
        return out.append('\n').toString();
    }

    /** For tools: the counts, the score and every survivor. */
    public static Map<String, Object> json(MutationReport report, Double minScore) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("samples", report.samples());
        out.put("mutants", report.results().size());
        for (MutationResult.Verdict v : MutationResult.Verdict.values()) {
            out.put(v.name().toLowerCase(Locale.ROOT), report.count(v));
        }
        out.put("score", Math.round(report.score() * 10) / 10.0);
        if (minScore != null) {
            out.put("minScore", minScore);
        }
        List<Map<String, Object>> survivors = new ArrayList<>();
        for (MutationResult r : report.survivors()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("file", r.mutant().file());
            s.put("line", r.mutant().line());
            s.put("rule", r.mutant().rule());
            s.put("kind", r.mutant().kind().id());
            s.put("change", r.mutant().change());
            survivors.add(s);
        }
        out.put("survivors", survivors);
        out.put("misdeclared", report.misdeclared());
        out.put("orderDependent", report.orderDependent());
        out.put("millis", report.millis());
        return out;
    }
}
