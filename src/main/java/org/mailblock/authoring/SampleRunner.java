package org.mailblock.authoring;

import org.mailblock.expect.ExpectationCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleInfo;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactFileProblem;

/**
 * Runs sample fact files against their {@code expect:} section. {@code mailblock test} and the
 * project's JUnit suite both use it, so they agree on every sample.
 */
public final class SampleRunner {

    private final DiagnosisEngine engine;
    private final FactFileLoader loader = FactFileLoader.standard();
    private final Set<String> ruleIds;

    /** A runner diagnosing with this engine. */
    public SampleRunner(DiagnosisEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.ruleIds = engine.rules().stream().map(RuleInfo::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The sample files among the given paths: files as given, and every {@code .yaml} or {@code .yml}
     * file under a folder, in name order.
     *
     * @throws IOException when a path does not exist or cannot be listed
     */
    public static List<Path> samples(List<Path> paths) throws IOException {
        LinkedHashSet<Path> out = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                            .sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
        return List.copyOf(out);
    }

    /** Runs the samples whose path matches {@code filter} (anywhere in it; {@code null} runs all). */
    public TestRun run(List<Path> samples, Pattern filter) {
        List<SampleResult> results = new ArrayList<>();
        for (Path sample : samples) {
            if (filter == null || filter.matcher(sample.toString().replace('\\', '/')).find()) {
                results.add(run(sample));
            }
        }
        return new TestRun(results, null);
    }

    /** Runs one sample. */
    public SampleResult run(Path sample) {
        String name = sample.toString().replace('\\', '/');
        FactFile file;
        try {
            file = loader.load(sample);
        } catch (FactFileException e) {
            return error(name, null, e.problems().stream().map(FactFileProblem::format).toList());
        }
        if (file.expectation() == null) {
            return new SampleResult(name, SampleResult.Outcome.FAIL,
                    List.of("the sample has no expect: section; add the causes, actions and questions it must produce"),
                    List.of(), List.of(), file.facts(), null);
        }
        Diagnosis diagnosis;
        try {
            diagnosis = engine.diagnose(file.facts(), DiagnoseOptions.EXPLAIN);
        } catch (InvalidFactsException | KnowledgeException e) {
            return error(name, file, List.of(name + ": " + e.getMessage()));
        }
        List<String> fired = diagnosis.trace().stream().map(TraceEntry::rule).distinct().toList();
        List<String> differences = new ArrayList<>(ExpectationCheck.unknownRules(file.expectation(), ruleIds));
        differences.addAll(ExpectationCheck.differences(file.expectation(), diagnosis));
        return new SampleResult(name, differences.isEmpty() ? SampleResult.Outcome.PASS : SampleResult.Outcome.FAIL,
                differences, List.of(), fired, file.facts(), diagnosis);
    }

    private static SampleResult error(String name, FactFile file, List<String> problems) {
        return new SampleResult(name, SampleResult.Outcome.ERROR, List.of(), problems, List.of(),
                file == null ? null : file.facts(), null);
    }
}
