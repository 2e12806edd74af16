package org.mailblock.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactFileProblem;

/**
 * Diagnoses many fact files in parallel over one shared engine. Each file is loaded, diagnosed
 * and rendered on a worker thread; results are handed on in the order of the input, whatever
 * order they finish in. A file that fails is reported as failed and does not stop the others.
 */
public final class BatchDiagnosis {

    /** Renders the report of one diagnosed file; runs on the worker threads, so it must be thread-safe. */
    @FunctionalInterface
    public interface Renderer {
        /** The report of one file's diagnosis. */
        String render(Path file, Diagnosis diagnosis, TenantFacts facts);
    }

    private final DiagnosisEngine engine;
    private final FactFileLoader loader;
    private final DiagnoseOptions options;
    private final int threads;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /**
     * A batch over the given engine.
     *
     * @param threads how many files to work on at once; the number of processors is the usual choice
     */
    public BatchDiagnosis(DiagnosisEngine engine, FactFileLoader loader, DiagnoseOptions options, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.engine = Objects.requireNonNull(engine, "engine");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.options = Objects.requireNonNull(options, "options");
        this.threads = threads;
    }

    /**
     * Diagnoses the files and hands each outcome to {@code inOrder}, in the order of {@code files}.
     *
     * @param progress called with the number of files finished so far, from worker threads, as each one finishes
     * @return every outcome, in the order of {@code files}
     */
    public List<BatchOutcome> run(List<Path> files, Renderer renderer, Consumer<BatchOutcome> inOrder, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mailblock-batch");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger finished = new AtomicInteger();
        try {
            List<Future<BatchOutcome>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    BatchOutcome outcome = diagnose(file, renderer);
                    progress.accept(finished.incrementAndGet());
                    return outcome;
                }));
            }
            List<BatchOutcome> out = new ArrayList<>(files.size());
            for (Future<BatchOutcome> f : futures) {
                BatchOutcome outcome = get(f);
                inOrder.accept(outcome);
                out.add(outcome);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The most files that were worked on at the same moment, a measure of the parallelism reached. */
    public int peakParallelism() {
        return peak.get();
    }

    private BatchOutcome diagnose(Path file, Renderer renderer) {
        int now = running.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        try {
            FactFile loaded = loader.load(file);
            Diagnosis d = engine.diagnose(loaded.facts(), options);
            return new BatchOutcome(file, d, renderer.render(file, d, loaded.facts()), null);
        } catch (FactFileException e) {
            return new BatchOutcome(file, null, null, new BatchOutcome.Failure(BatchOutcome.Kind.BAD_INPUT,
                    e.problems().stream().map(FactFileProblem::format).collect(Collectors.joining("\n")), e.problems()));
        } catch (InvalidFactsException e) {
            return failed(file, BatchOutcome.Kind.BAD_INPUT, file + ": " + e.getMessage());
        } catch (KnowledgeException e) {
            return failed(file, BatchOutcome.Kind.RULES_BROKEN, file + ": the rule base broke while diagnosing: " + e.getMessage());
        } finally {
            running.decrementAndGet();
        }
    }

    private static BatchOutcome failed(Path file, BatchOutcome.Kind kind, String message) {
        return new BatchOutcome(file, null, null, BatchOutcome.Failure.ofFile(kind, file, message));
    }

    private static BatchOutcome get(Future<BatchOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
