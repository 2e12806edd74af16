package org.mailblock.engine.inspect;

import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;
import org.mailblock.engine.rulebase.RuleSource;
import org.mailblock.engine.session.FactDemand;
import org.mailblock.engine.session.FactPaths;
import org.mailblock.engine.session.FactValues;
import org.mailblock.engine.session.PathOrder;
import org.mailblock.engine.session.SessionRunner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.mailblock.engine.kb.Conclude;
import org.mailblock.facts.TenantFacts;

/**
 * A diagnostic rule base for "why not": the real rules plus, for each rule examined, probe rules
 * that hold the prefixes of its conditions (the first; the first two; ...) and, inside a pattern,
 * its constraints one by one. Probes fire last and conclude nothing; which of them matched tells
 * the first condition, and the first constraint, that nothing satisfied.
 */
final class ProbeBase {

    private static final String PROBE = "__probe|";
    private static final String BOUND = "$__probe";
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    /** A pattern the probes can take apart: its type, its constraints, and whether it stands alone, under exists or under not. */
    private record Shape(String type, List<String> constraints, String mode) {
    }

    private record Target(ParsedRule rule, List<String> texts, List<Shape> shapes) {
    }

    private final KieBase kieBase;
    private final Map<String, Target> targets;
    /** Why the probes could not be compiled, or {@code null} when they were. */
    private final String unavailable;

    private ProbeBase(KieBase kieBase, Map<String, Target> targets, String unavailable) {
        this.kieBase = kieBase;
        this.targets = targets;
        this.unavailable = unavailable;
    }

    static ProbeBase build(RuleSource source, Collection<ParsedRule> examined) {
        Map<String, Target> targets = new LinkedHashMap<>();
        for (ParsedRule r : examined) {
            List<Shape> shapes = new ArrayList<>();
            for (BaseDescr d : r.descr().getLhs().getDescrs()) {
                shapes.add(shape(d));
            }
            targets.put(r.outline().id(), new Target(r, ConditionTexts.of(r.descr(), r.source()), shapes));
        }
        try {
            return new ProbeBase(compile(source, targets, true), targets, null);
        } catch (RuleBaseException e) {
            // a constraint that does not stand on its own: fall back to whole conditions
            try {
                return new ProbeBase(compile(source, targets, false), targets, null);
            } catch (RuleBaseException again) {
                String first = again.problems().isEmpty() ? "" : again.problems().get(0).message();
                return new ProbeBase(null, targets, first);
            }
        }
    }

    private static Shape shape(BaseDescr d) {
        String mode = "pattern";
        BaseDescr inner = d;
        if (d instanceof ExistsDescr e && e.getDescrs().size() == 1) {
            inner = (BaseDescr) e.getDescrs().get(0);
            mode = "exists";
        } else if (d instanceof NotDescr n && n.getDescrs().size() == 1) {
            inner = (BaseDescr) n.getDescrs().get(0);
            mode = "not";
        }
        if (inner instanceof PatternDescr p && p.getSource() == null && p.getConstraint() != null) {
            List<String> constraints = new ArrayList<>();
            for (BaseDescr c : p.getConstraint().getDescrs()) {
                constraints.add(c instanceof ExprConstraintDescr x ? x.getExpression() : String.valueOf(c));
            }
            return new Shape(p.getObjectType(), constraints, mode);
        }
        return null;
    }

    private static KieBase compile(RuleSource source, Map<String, Target> targets, boolean constraints) throws RuleBaseException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.mailblock", "probes", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                kfs.write(RESOURCES + file.getKey(), file.getValue());
            }
        }
        Map<String, StringBuilder> probesByPackage = new LinkedHashMap<>();
        Map<String, Set<String>> headers = new LinkedHashMap<>();
        for (Target t : targets.values()) {
            String pkg = t.rule().pkg().getName();
            Set<String> header = headers.computeIfAbsent(pkg, k -> new LinkedHashSet<>());
            for (ImportDescr i : t.rule().pkg().getImports()) {
                header.add("import " + i.getTarget() + ";");
            }
            for (FunctionImportDescr f : t.rule().pkg().getFunctionImports()) {
                header.add("import function " + f.getTarget() + ";");
            }
            for (GlobalDescr g : t.rule().pkg().getGlobals()) {
                header.add("global " + g.getType() + " " + g.getIdentifier() + ";");
            }
            probes(t, constraints, probesByPackage.computeIfAbsent(pkg, k -> new StringBuilder()));
        }
        int n = 0;
        for (Map.Entry<String, StringBuilder> e : probesByPackage.entrySet()) {
            String drl = "package " + e.getKey() + ";\n" + String.join("\n", headers.get(e.getKey())) + "\n" + e.getValue();
            kfs.write(RESOURCES + "__probes/probes" + (n++) + ".drl", drl.getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RuleBaseException(errors.stream().map(m -> new RuleProblem(String.valueOf(m.getPath()), Math.max(0, m.getLine()), 0,
                    "error", "the diagnostic probes do not compile: " + m.getText())).toList());
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    private static void probes(Target t, boolean constraints, StringBuilder out) {
        String id = t.rule().outline().id();
        List<String> texts = t.texts();
        for (int k = 1; k <= texts.size(); k++) {
            rule(out, id + "|" + k, texts.subList(0, k));
            Shape s = t.shapes().get(k - 1);
            if (constraints && s != null) {
                for (int j = 0; j <= s.constraints().size(); j++) {
                    List<String> lhs = new ArrayList<>(texts.subList(0, k - 1));
                    lhs.add(BOUND + " : " + s.type() + "( " + String.join(", ", s.constraints().subList(0, j)) + " )");
                    rule(out, id + "|" + k + "|" + j, lhs);
                }
            }
        }
    }

    private static void rule(StringBuilder out, String name, List<String> lhs) {
        out.append("\nrule \"").append(PROBE).append(name).append("\"\n    salience -1000000\nwhen\n");
        for (String condition : lhs) {
            out.append("    ").append(condition).append('\n');
        }
        out.append("then\nend\n");
    }

    /** Runs the rules and probes over one fact set and judges each examined rule. */
    Map<String, WhyNot> run(TenantFacts facts, int factSet) {
        if (kieBase == null) {
            Map<String, WhyNot> out = new LinkedHashMap<>();
            for (Target t : targets.values()) {
                RuleOutline o = t.rule().outline();
                out.put(o.id(), new WhyNot(o.id(), o.location(), false, 0, t.texts().size(), null, null, 0,
                        "its conditions could not be probed one by one: " + unavailable, List.of(), factSet));
            }
            return out;
        }
        Set<String> fired = new HashSet<>();
        Map<String, Set<Object>> bound = new LinkedHashMap<>();
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Match m = event.getMatch();
                    String name = m.getRule().getName();
                    if (!name.startsWith(PROBE)) {
                        fired.add(Conclude.ruleId(m.getRule()));
                        return;
                    }
                    String probe = name.substring(PROBE.length());
                    fired.add(probe);
                    if (m.getDeclarationIds().contains(BOUND)) {
                        bound.computeIfAbsent(probe, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                                .add(m.getDeclarationValue(BOUND));
                    }
                }
            });
            SessionRunner.insertAll(session, facts, FactDemand.matchesSingleNdrs(session.getKieBase()));
            session.fireAllRules(2_000_000);
        } finally {
            session.dispose();
        }
        FactValues values = new FactValues(new FactPaths(facts));
        Map<String, WhyNot> out = new LinkedHashMap<>();
        for (Target t : targets.values()) {
            out.put(t.rule().outline().id(), judge(t, fired, bound, values, factSet));
        }
        return out;
    }

    private static WhyNot judge(Target t, Set<String> fired, Map<String, Set<Object>> bound, FactValues values, int factSet) {
        RuleOutline o = t.rule().outline();
        int n = t.texts().size();
        if (fired.contains(o.id())) {
            return new WhyNot(o.id(), o.location(), true, n, n, null, null, 0,
"it fired", List.of(), factSet);
        }
        int depth = 0;
        while (depth < n && fired.contains(o.id() + "|" + (depth + 1))) {
            depth++;
        }
        if (depth == n) {
            return new WhyNot(o.id(), o.location(), false, n, n, null, null, 0,
                    "every condition is satisfied, yet it did not fire (an attribute such as no-loop or a firing limit held it back)",
                    List.of(), factSet);
        }
        RuleOutline.Condition failing = o.conditions().get(depth);
        Shape s = t.shapes().get(depth);
        String after = depth == 0 ? "" : " together with the conditions before it";
        String k = o.id() + "|" + (depth + 1);
        if (s == null) {
            return new WhyNot(o.id(), o.location(), false, depth, n, failing, null, 0,
                    "condition " + failing.number() + " (" + failing.kind() + ") is not satisfied" + after, List.of(), factSet);
        }
        if ("not".equals(s.mode())) {
            List<String> present = describe(bound.get(k + "|" + s.constraints().size()), failing.text(), values);
            return new WhyNot(o.id(), o.location(), false, depth, n, failing, null, 0,
                    "condition " + failing.number() + " requires that no " + s.type() + " fact matches, but "
                            + (present.isEmpty() ? "one does" : present.size() == 1 ? "one does" : present.size() + " do"),
                    present, factSet);
        }
        if (!fired.contains(k + "|0")) {
            return new WhyNot(o.id(), o.location(), false, depth, n, failing, null, 0,
                    "there is no " + s.type() + " fact", List.of(), factSet);
        }
        for (int j = 1; j <= s.constraints().size(); j++) {
            if (!fired.contains(k + "|" + j)) {
                String constraint = s.constraints().get(j - 1);
                List<String> candidates = describe(bound.get(k + "|" + (j - 1)), constraint, values);
                return new WhyNot(o.id(), o.location(), false, depth, n, failing, constraint, j - 1,
                        "no " + s.type() + " fact meets `" + constraint + "`" + after, candidates, factSet);
            }
        }
        return new WhyNot(o.id(), o.location(), false, depth, n, failing, null, 0,
                "condition " + failing.number() + " (" + failing.kind() + ") is not satisfied" + after, List.of(), factSet);
    }

    private static List<String> describe(Set<Object> facts, String text, FactValues values) {
        if (facts == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object f : facts) {
            if (!FactValues.isInternal(f)) {
                out.add(values.describe(f, text));
            }
        }
        return out.stream().distinct().sorted(PathOrder.INSTANCE).toList();
    }
}
