package org.mailblock.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.i18n.MessageBundles;
import org.mailblock.i18n.Messages;
import org.mailblock.load.FactFile;
import org.mailblock.report.ReportFormat;
import org.mailblock.report.Reports;

/**
 * {@code scripts/benchmark-serve}: requests per second and latency percentiles of {@code POST /v1/diagnose}
 * on loopback, next to the rate of the same diagnoses in process (load, diagnose, render JSON), with every
 * answer checked against the CLI's bytes. Arguments: seconds per measurement, client threads, server threads.
 */
public final class ServeBenchmark {

    private ServeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("facts-samples"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<LoadRun.Case> cases = LoadRun.cases(files);
        System.out.printf(Locale.ROOT, "%d cores, load average at start %s; %d sample files, %d s per measurement%n",
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip(), files.size(), seconds);

        ServeSettings d = ServeSettings.defaults();
        ServeSettings settings = new ServeSettings(d.bind(), 0, null, false, d.watchInterval(), d.maxBodyBytes(), threads, 256,
                d.requestTimeout(), null, false);
        MailblockServer server = MailblockServer.start(settings, System.err::println);
        double http;
        try {
            // warm-up: the JIT and the connection pool, not counted
            LoadRun.run(server.uri("/v1/diagnose"), cases, clients, Integer.MAX_VALUE, Duration.ofSeconds(Math.max(2, seconds / 3)));
            LoadRun.Result r = LoadRun.run(server.uri("/v1/diagnose"), cases, clients, Integer.MAX_VALUE, Duration.ofSeconds(seconds));
            http = r.perSecond();
            System.out.printf(Locale.ROOT, "HTTP on loopback, %d clients, %d server threads: %.0f requests/s; latency p50 %.1f ms, "
                    + "p90 %.1f ms, p99 %.1f ms; %d requests, %s%n", clients, threads, r.perSecond(), r.percentileMs(50),
                    r.percentileMs(90), r.percentileMs(99), r.requests(),
                    r.wrong().isEmpty() ? "every answer the CLI's bytes" : "WRONG ANSWERS: " + r.wrong());
            if (!r.wrong().isEmpty()) {
                System.exit(1);
            }
        } finally {
            server.stop(Duration.ofSeconds(5));
        }
        // measured after the HTTP run, so that both run on code the JIT has compiled
        double inProcess = inProcess(cases, threads, Duration.ofSeconds(seconds));
        System.out.printf(Locale.ROOT, "in process, %d threads: %.0f diagnoses/s (load YAML, diagnose, render JSON)%n", threads, inProcess);
        System.out.printf(Locale.ROOT, "HTTP rate / in-process rate: %.2f%n", http / inProcess);
    }

    /** Diagnoses per second in this process on the same files, through the calls the server makes. */
    private static double inProcess(List<LoadRun.Case> cases, int threads, Duration length) throws InterruptedException, IOException {
        DiagnosisEngine engine;
        try {
            engine = DiagnosisEngine.builder().build();
        } catch (org.mailblock.engine.RuleBaseException e) {
            throw new IllegalStateException(e);
        }
        Messages messages = MessageBundles.packaged(engine.catalogue()).messages(MessageBundles.ENGLISH);
        AtomicInteger done = new AtomicInteger();
        long deadline = System.nanoTime() + length.toNanos() / 3;
        run(cases, threads, engine, messages, deadline, new AtomicInteger());
        long started = System.nanoTime();
        run(cases, threads, engine, messages, started + length.toNanos(), done);
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }

    private static void run(List<LoadRun.Case> cases, int threads, DiagnosisEngine engine, Messages messages, long deadline,
                            AtomicInteger done) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    LoadRun.Case k = cases.get(next.getAndIncrement() % cases.size());
                    try {
                        FactFile file = org.mailblock.load.FactFileLoader.standard().load(k.file().toString(), new java.io.ByteArrayInputStream(k.body()));
                        Diagnosis d = engine.diagnose(file.facts());
                        String json = Reports.render(ReportFormat.JSON, d, file.facts(), messages, false);
                        if (!json.equals(k.expected())) {
                            throw new IllegalStateException(k.file() + ": the in-process JSON differs from the CLI's");
                        }
                        done.incrementAndGet();
                    } catch (org.mailblock.load.FactFileException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
    }
}
