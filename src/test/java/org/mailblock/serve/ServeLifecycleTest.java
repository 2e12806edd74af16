package org.mailblock.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.engine.RuleFolders;

/** Reloading rules under --watch, stopping gracefully, turning requests away when full, and the decision log. */
class ServeLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("facts-samples/rogue-connector-after-admin-takeover.yaml");

    private static void waitFor(String what, Duration limit, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit + " for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aRulesEditUnderWatchIsPickedUpWithoutAFailedRequestAndABrokenEditKeepsTheOldRules(@TempDir Path dir) throws Exception {
        Path rules = RuleFolders.copyOfProjectRules(dir);
        byte[] facts = Files.readAllBytes(SAMPLE);
        try (Servers.Running running = Servers.start(Servers.settings().withRules(rules, true).withWatchInterval(Duration.ofMillis(100)))) {
            String before = running.server().rulesHash().orElseThrow();
            List<Integer> statuses = new CopyOnWriteArrayList<>();
            Set<String> hashesSeen = ConcurrentHashMap.newKeySet();
            List<String> lastHash = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        Http.Reply r = Http.post(running.uri("/v1/diagnose"), "application/yaml", facts);
                        statuses.add(r.status());
                        if (r.status() == 200) {
                            try {
                                String hash = JSON.readTree(r.body()).get("engine").get("rulesHash").asText();
                                hashesSeen.add(hash);
                                lastHash.add(hash);
                            } catch (java.io.IOException e) {
                                statuses.add(-1);
                            }
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            waitFor("the first answers", Duration.ofSeconds(60), () -> !statuses.isEmpty());

            RuleCopies.append(rules, "classify.drl", "\n// a reviewer's note: the hash changes, the meaning does not\n");
            waitFor("the edited rules to be swapped in", Duration.ofMinutes(4), () -> !running.server().rulesHash().orElseThrow().equals(before));
            String after = running.server().rulesHash().orElseThrow();
            int answeredBeforeBreaking = statuses.size();
            waitFor("answers on the new rules", Duration.ofSeconds(60), () -> statuses.size() > answeredBeforeBreaking + 3);

            RuleCopies.append(rules, "classify.drl", "\nrule \"half-written\" when then nonsense( end\n");
            waitFor("the broken edit to be refused", Duration.ofMinutes(4),
                    () -> running.log().stream().anyMatch(l -> l.contains("do not compile") && l.contains("keep serving")));
            int answeredAfterBreaking = statuses.size();
            waitFor("answers after the broken edit", Duration.ofSeconds(60), () -> statuses.size() > answeredAfterBreaking + 3);
            stop.set(true);
            for (Thread t : clients) {
                t.join(120_000);
            }

            assertThat(statuses).isNotEmpty().allMatch(s -> s == 200);
            assertThat(hashesSeen).contains(before, after);
            assertThat(lastHash.get(lastHash.size() - 1)).isEqualTo(after);
            assertThat(running.server().rulesHash()).hasValue(after);
            assertThat(Http.get(running.uri("/readyz")).status()).isEqualTo(200);
            assertThat(running.log()).anyMatch(l -> l.contains("classify.drl"));
        }
    }

    @Test
    void stoppingLetsTheRequestInFlightFinishThenRefusesNewConnections() throws Exception {
        Servers.Running running = Servers.start(Servers.settings());
        byte[] facts = Files.readAllBytes(SAMPLE);
        String expected = Cli.run("diagnose", "--format", "json", SAMPLE.toString()).out();
        try (RawRequest inFlight = new RawRequest(running.uri("/v1/diagnose"), "application/yaml", facts)) {
            Thread.sleep(500);
            Thread stopper = new Thread(() -> running.server().stop(Duration.ofSeconds(30)));
            stopper.start();
            Thread.sleep(500);
            assertThat(stopper.isAlive()).as("stop waits for the request in flight").isTrue();
            Http.Reply meanwhile = Http.post(running.uri("/v1/diagnose"), "application/yaml", facts);

            String answer = inFlight.finish();
            stopper.join(60_000);

            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).isEqualTo(expected);
            assertThat(stopper.isAlive()).isFalse();
            assertThat(meanwhile.status()).isEqualTo(503);
            assertThat(JSON.readTree(meanwhile.body()).get("error").asText()).isEqualTo("stopping");
        }
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Http.get(running.uri("/healthz"))))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void anIdleServerStopsWithoutWaitingOutItsGracePeriod() {
        Servers.Running running = Servers.start(Servers.settings());
        long started = System.nanoTime();

        running.server().stop(Duration.ofSeconds(120));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aFullServerAnswers503AtOnceWithRetryAfter() throws Exception {
        byte[] facts = Files.readAllBytes(SAMPLE);
        try (Servers.Running running = Servers.start(Servers.settings().withConcurrency(1, 0));
             RawRequest holdsTheOnlyThread = new RawRequest(running.uri("/v1/diagnose"), "application/yaml", facts)) {
            Thread.sleep(500);

            Http.Reply turnedAway = Http.post(running.uri("/v1/diagnose"), "application/yaml", facts);

            assertThat(turnedAway.status()).isEqualTo(503);
            assertThat(turnedAway.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(JSON.readTree(turnedAway.body()).get("error").asText()).isEqualTo("overloaded");
            assertThat(holdsTheOnlyThread.finish()).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void everyDiagnosisRequestWritesOneDecisionLineWithHashesAndNoFacts(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("decisions.jsonl");
        byte[] facts = Files.readAllBytes(SAMPLE);
        JsonNode expected = JSON.readTree(Cli.run("diagnose", "--format", "json", SAMPLE.toString()).out());
        Http.Reply redacted;
        Http.Reply bad;
        try (Servers.Running running = Servers.start(Servers.settings().withDecisionLog(log)
                .withRules(null, false).withConcurrency(2, 8).withPort(0).withMaxBodyBytes(1 << 20).withDecisionLogOn())) {
            redacted = Http.post(running.uri("/v1/diagnose?redact=true"), "application/yaml", facts);
            bad = Http.post(running.uri("/v1/diagnose"), "application/yaml", "mailblock: 1\ncollectedAt: never\n");
        }

        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("decisionId").asText()).isEqualTo(redacted.headers().firstValue("Mailblock-Decision-Id").orElseThrow());
        assertThat(first.get("inputHash").asText()).isEqualTo(MailblockServer.sha256(facts));
        assertThat(first.get("rulesHash").asText()).isEqualTo(expected.get("engine").get("rulesHash").asText());
        assertThat(first.get("leadingCause").asText()).isEqualTo(expected.get("rootCauses").get(0).get("id").asText());
        assertThat(first.get("tenantBanned").asText()).isEqualTo(expected.get("tenantBan").asText());
        assertThat(first.get("outcome").asText()).isEqualTo("diagnosed");
        assertThat(first.get("status").asInt()).isEqualTo(200);
        assertThat(first.get("durationMs").asDouble()).isPositive();
        // redaction applies to the log: the tenant's name is the placeholder the redacted report shows
        assertThat(first.get("tenant").asText()).isEqualTo(JSON.readTree(redacted.body()).get("tenant").asText())
                .isNotEqualTo(expected.get("tenant").asText());
        assertThat(lines.get(0)).doesNotContain(expected.get("tenant").asText());
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.get("outcome").asText()).isEqualTo("invalid-facts");
        assertThat(second.get("status").asInt()).isEqualTo(bad.status()).isEqualTo(400);
        assertThat(second.get("leadingCause").isNull()).isTrue();
    }
}
