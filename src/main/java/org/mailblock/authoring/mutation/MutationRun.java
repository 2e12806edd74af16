package org.mailblock.authoring.mutation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.inspect.MutantBench;
import org.mailblock.engine.inspect.Workbench;
import org.mailblock.expect.Expectation;
import org.mailblock.expect.ExpectationCheck;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFile;

/**
 * Mutation testing: each mutant of the rule base is run against every sample until one notices
 * the change. Mutants of one rule stay on one thread, which swaps that rule in and out of its own
 * copy of the rule network; the samples where the rule fired go first, since they notice most.
 */
public final class MutationRun {

    private final Workbench workbench;
    private final int threads;
    private final IntConsumer progress;
    private final Consumer<String> status;

    /**
     * @param threads  how many copies of the rule base work side by side
     * @param progress told how many mutants are done, after each
     * @param status   told what the run is doing, in a sentence
     */
    public MutationRun(Workbench workbench, int threads, IntConsumer progress, Consumer<String> status) {
        this.workbench = workbench;
        this.threads = Math.max(1, threads);
        this.progress = progress;
        this.status = status;
    }

    /**
     * Tests the mutants against the samples.
     *
     * @throws RuleBaseException     when the rules do not compile
     * @throws IllegalStateException when a sample fails on the unchanged rules: mutants are
     *                               measured against a passing suite only
     */
    public MutationReport run(List<FactFile> files, List<Mutant> mutants, Equivalents equivalents) throws RuleBaseException {
        long start = System.nanoTime();
        List<Sample> samples = files.stream().filter(f -> f.expectation() != null)
                .map(f -> new Sample(f.source(), f.facts(), f.expectation())).toList();
        status.accept("compiling the rules to run " + mutants.size() + " mutants against " + samples.size() + " samples");
        MutantBench first = workbench.mutantBench();
        Map<String, Diagnosis> reference = new ConcurrentHashMap<>();
        Map<String, Set<String>> firedIn = baseline(first.original(), samples, reference);
        List<String> orderDependent = java.util.Collections.synchronizedList(new ArrayList<>());

        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < mutants.size(); i++) {
            Mutant m = mutants.get(i);
            groups.computeIfAbsent(m.inCatalogue() ? "" : m.ruleName(), k -> new ArrayList<>()).add(i);
        }
        MutationResult[] results = new MutationResult[mutants.size()];
        AtomicInteger done = new AtomicInteger();
        int workers = Math.min(threads, Math.max(1, groups.size()));
        // each worker gets a fixed share, in a fixed order: a rule network remembers the swaps made in it, so the
        // same run must make the same swaps in the same network to give the same score
        List<List<List<Integer>>> shares = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            shares.add(new ArrayList<>());
        }
        int next = 0;
        for (List<Integer> group : groups.values()) {
            shares.get(next++ % workers).add(group);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "mutation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                boolean reuse = w == 0;
                List<List<Integer>> share = shares.get(w);
                running.add(pool.submit(() -> {
                    MutantBench bench = reuse ? first : workbench.mutantBench();
                    for (List<Integer> group : share) {
                        Mutant head = mutants.get(group.get(0));
                        List<Sample> judges;
                        try {
                            judges = judges(bench, head, samples, reference, orderDependent);
                        } catch (RuntimeException e) {
                            bench = workbench.mutantBench();
                            judges = judges(bench, head, samples, reference, orderDependent);
                        }
                        for (int index : group) {
                            Mutant m = mutants.get(index);
                            try {
                                results[index] = judge(bench, m, ordered(judges, firedIn, m), equivalents);
                            } catch (RuntimeException e) {
                                // the rule network refused the swap and may be left half-changed: once more on a fresh copy
                                bench = workbench.mutantBench();
                                try {
                                    results[index] = judge(bench, m, ordered(judges, firedIn, m), equivalents);
                                } catch (RuntimeException again) {
                                    results[index] = new MutationResult(m, MutationResult.Verdict.STILLBORN,
                                            "the rule network could not take this change (" + again + ")");
                                    bench = workbench.mutantBench();
                                }
                            }
                            progress.accept(done.incrementAndGet());
                        }
                    }
                    bench.restore();
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("mutation testing was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleBaseException r) {
                throw r;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<MutationResult> all = List.of(results);
        List<String> misdeclared = new ArrayList<>();
        for (MutationResult r : all) {
            if (r.verdict() == MutationResult.Verdict.KILLED && equivalents.of(r.mutant()).isPresent()) {
                misdeclared.add(r.mutant().rule() + ": " + r.mutant().change() + " is declared equivalent, but " + r.detail()
                        + " tells it apart");
            }
        }
        return new MutationReport(samples.size(), all, misdeclared, orderDependent.stream().sorted().distinct().toList(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The rules each sample fires with the unchanged rule base, which must pass every sample; each diagnosis goes into {@code reference}. */
    private static Map<String, Set<String>> baseline(DiagnosisEngine engine, List<Sample> samples, Map<String, Diagnosis> reference) {
        Map<String, Set<String>> firedIn = new ConcurrentHashMap<>();
        List<String> failing = new ArrayList<>();
        for (Sample s : samples) {
            try {
                Diagnosis d = engine.diagnose(s.facts, DiagnoseOptions.EXPLAIN);
                reference.put(s.name, d);
                if (!ExpectationCheck.differences(s.expectation, d).isEmpty()) {
                    failing.add(s.name);
                }
                for (String rule : d.trace().stream().map(TraceEntry::rule).collect(Collectors.toSet())) {
                    firedIn.computeIfAbsent(rule, k -> ConcurrentHashMap.newKeySet()).add(s.name);
                }
            } catch (RuntimeException e) {
                failing.add(s.name);
            }
        }
        if (!failing.isEmpty()) {
            throw new IllegalStateException("mutation testing measures a suite that passes, but " + failing.size()
                    + (failing.size() == 1 ? " sample fails" : " samples fail") + " on the unchanged rules (run mailblock test): " + String.join(", ", failing));
        }
        return firedIn;
    }

    /**
     * The samples that pass with the mutant's rule swapped out and back in unchanged. A rule swapped in
     * comes last among rules of equal salience; the diagnosis does not depend on that order, but the
     * trace may (a rule can fire before truth maintenance retracts what it concluded), so a sample
     * that fails on the reloaded rule alone would blame every mutant of it for the order.
     */
    private static List<Sample> judges(MutantBench bench, Mutant head, List<Sample> samples, Map<String, Diagnosis> reference,
            List<String> orderDependent) {
        DiagnosisEngine reloaded;
        if (head.inCatalogue()) {
            bench.restore();
            reloaded = bench.original();
        } else {
            reloaded = bench.withRuleReloaded(head.ruleName());
        }
        List<Sample> out = new ArrayList<>();
        for (Sample s : samples) {
            Diagnosis d;
            try {
                d = reloaded.diagnose(s.facts, DiagnoseOptions.EXPLAIN);
            } catch (RuntimeException e) {
                continue;
            }
            if (!outcome(d).equals(outcome(reference.get(s.name)))) {
                // a reloaded rule fires after the rules of its salience it used to precede; reloads add up on one copy
                orderDependent.add(s.name);
            } else if (ExpectationCheck.differences(s.expectation, d).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** What a diagnosis concludes, apart from the orders that follow the firing order: evidence within a cause, rules behind it. */
    private static List<Object> outcome(Diagnosis d) {
        return List.of(
                d.symptoms().stream().map(x -> x.id() + " " + x.code() + " " + x.count()).sorted().toList(),
                d.rootCauses().stream().map(c -> c.id() + " " + c.confidence() + " "
                        + c.evidence().stream().map(e -> e.fact() + "=" + e.key()).sorted().toList()).toList(),
                d.actions().stream().map(a -> a.id() + " " + a.status() + " " + a.targets().stream().sorted().toList()).toList(),
                d.questions().stream().map(q -> q.id() + " " + q.about().stream().sorted().toList()).sorted().toList());
    }

    /** The samples where the mutated rule fires first: they are the likeliest to notice. */
    private static List<Sample> ordered(List<Sample> samples, Map<String, Set<String>> firedIn, Mutant m) {
        Set<String> first = firedIn.getOrDefault(m.rule(), Set.of());
        List<Sample> out = new ArrayList<>(samples);
        out.sort(Comparator.comparing((Sample s) -> !first.contains(s.name)));
        return out;
    }

    private static MutationResult judge(MutantBench bench, Mutant m, List<Sample> samples, Equivalents equivalents) {
        Optional<DiagnosisEngine> engine;
        try {
            engine = m.inCatalogue() ? bench.withCatalogue(m.text()) : bench.withRule(m.ruleName(), m.text());
        } catch (IllegalStateException e) {
            return new MutationResult(m, MutationResult.Verdict.STILLBORN, e.getMessage());
        }
        if (engine.isEmpty()) {
            return new MutationResult(m, MutationResult.Verdict.STILLBORN, "does not compile");
        }
        for (Sample s : samples) {
            String noticed = notices(engine.get(), s);
            if (noticed != null) {
                return new MutationResult(m, MutationResult.Verdict.KILLED, noticed);
            }
        }
        return equivalents.of(m)
                .map(e -> new MutationResult(m, MutationResult.Verdict.EQUIVALENT, e.reason()))
                .orElseGet(() -> new MutationResult(m, MutationResult.Verdict.SURVIVED, ""));
    }

    /** The sample's name when it fails with the changed rules, else {@code null}. */
    private static String notices(DiagnosisEngine engine, Sample s) {
        try {
            // recorded sessions only: a pooled session would outlive the rule it was made with
            Diagnosis d = engine.diagnose(s.facts, DiagnoseOptions.EXPLAIN);
            return ExpectationCheck.differences(s.expectation, d).isEmpty() ? null : s.name;
        } catch (KnowledgeException e) {
            return s.name + " (the rules broke: " + e.getMessage() + ")";
        } catch (RuntimeException e) {
            return s.name + " (the rules failed: " + e + ")";
        }
    }

    private record Sample(String name, TenantFacts facts, Expectation expectation) {
    }

}
