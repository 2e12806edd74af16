package org.mailblock.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends fact files to {@code POST /v1/diagnose} from several client threads over loopback, until a number
 * of requests or a time is reached, checks every answer against what the CLI prints for the file, and
 * keeps each request's latency.
 */
final class LoadRun {

    /** A fact file, its bytes, and what {@code mailblock diagnose --format json} prints for it. */
    record Case(Path file, byte[] body, String expected) {
    }

    /**
     * What a run did.
     *
     * @param requests  the requests answered
     * @param wrong     the answers that were not the CLI's bytes, or not 200 (their first few, described)
     * @param latencies each request's time from sending to the last byte, in nanoseconds, sorted
     * @param seconds   how long the run took
     */
    record Result(int requests, List<String> wrong, long[] latencies, double seconds) {
        double perSecond() {
            return requests / seconds;
        }

        /** The latency at a percentile (0-100), in milliseconds, by the nearest-rank method. */
        double percentileMs(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1e6;
        }
    }

    private LoadRun() {
    }

    /** The cases for some fact files: the CLI, in this process, says what each answer must be. */
    static List<Case> cases(List<Path> files) throws IOException {
        List<Case> out = new ArrayList<>();
        for (Path f : files) {
            Cli cli = Cli.run("diagnose", "--format", "json", f.toString());
            if (cli.exitCode() != 0) {
                throw new IllegalStateException(f + ": " + cli.err());
            }
            out.add(new Case(f, Files.readAllBytes(f), cli.out()));
        }
        return out;
    }

    static Result run(URI diagnose, List<Case> cases, int clients, int maxRequests, Duration maxTime) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = new CopyOnWriteArrayList<>();
        List<String> wrong = new CopyOnWriteArrayList<>();
        AtomicInteger wrongCount = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + maxTime.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                int i;
                while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < maxRequests) {
                    Case k = cases.get(i % cases.size());
                    HttpRequest request = HttpRequest.newBuilder(diagnose).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofByteArray(k.body())).build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies.add(System.nanoTime() - sent);
                        String body = new String(r.body(), StandardCharsets.UTF_8);
                        if (r.statusCode() != 200 || !body.equals(k.expected())) {
                            if (wrongCount.incrementAndGet() <= 5) {
                                wrong.add(k.file() + ": status " + r.statusCode() + (r.statusCode() == 200 ? ", bytes differ from the CLI's" : ": " + body));
                            }
                        }
                    } catch (IOException e) {
                        if (wrongCount.incrementAndGet() <= 5) {
                            wrong.add(k.file() + ": " + e);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "load-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        List<String> described = new ArrayList<>(wrong);
        if (wrongCount.get() > wrong.size()) {
            described.add("... " + (wrongCount.get() - wrong.size()) + " more");
        }
        return new Result(sorted.length, described, sorted, seconds);
    }
}
