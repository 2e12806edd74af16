package org.mailblock.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What one processor instance does per second on this machine, under the test driver (one thread, no broker, no
 * network): NDR events checked and tallied, and windows diagnosed. Arguments: tenants, events per tenant and
 * window, windows measured (after one to warm up). Prints one line per window and the means.
 *
 * <pre>{@code mvn -f fleet/pom.xml -q test-compile exec:java -Dexec.args="1000 20 3"}</pre>
 */
public final class FleetBenchmark {

    private static final String[] CODES = {"5.7.705", "5.7.750", "5.7.708", "5.1.8", "4.7.500", "5.7.703"};

    private FleetBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int perTenant = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int windows = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String facts = FleetDriver.resource("contoso-facts.json");
        Path state = Files.createTempDirectory("mailblock-fleet-bench");
        System.out.printf("mailblock-fleet benchmark: %d tenants with facts, %d NDR events per tenant and 1-hour window, "
                + "%d windows measured after 1 to warm up; %d processors, Java %s%n",
                tenants, perTenant, windows, Runtime.getRuntime().availableProcessors(), Runtime.version());
        long events = 0;
        long eventNanos = 0;
        long diagnoses = 0;
        long diagnoseNanos = 0;
        try (FleetDriver fleet = new FleetDriver(state)) {
            Instant start = Instant.parse("2026-11-20T00:00:00Z");
            for (int t = 0; t < tenants; t++) {
                fleet.facts(tenant(t), facts.replace("contoso.onmicrosoft.com", tenant(t)), start);
            }
            for (int w = 0; w <= windows; w++) {
                Instant hour = start.plus(Duration.ofHours(w));
                long t0 = System.nanoTime();
                for (int e = 0; e < perTenant; e++) {
                    for (int t = 0; t < tenants; t++) {
                        Instant at = hour.plusSeconds(60 + (long) e * 3000 / perTenant);
                        fleet.event(tenant(t), event(t, e, at), at);
                    }
                }
                long t1 = System.nanoTime();
                // an event past the window's end and grace closes every tenant's window
                Instant closing = hour.plus(Duration.ofMinutes(66));
                fleet.event(tenant(0), event(0, 0, closing), closing);
                long t2 = System.nanoTime();
                int diagnosed = fleet.diagnoses().size();
                fleet.changes();
                if (!fleet.deadLetters().isEmpty()) {
                    throw new IllegalStateException("the benchmark's records went to the dead letters");
                }
                double eventRate = (double) tenants * perTenant / ((t1 - t0) / 1e9);
                double diagnosisRate = diagnosed / ((t2 - t1) / 1e9);
                System.out.printf("window %d%s: %,d events in %.2f s = %,.0f events/s; %,d diagnoses in %.2f s = %,.0f diagnoses/s%n",
                        w, w == 0 ? " (warm-up)" : "", (long) tenants * perTenant, (t1 - t0) / 1e9, eventRate,
                        diagnosed, (t2 - t1) / 1e9, diagnosisRate);
                if (w > 0) {
                    events += (long) tenants * perTenant;
                    eventNanos += t1 - t0;
                    diagnoses += diagnosed;
                    diagnoseNanos += t2 - t1;
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(state)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf("mean: %,.0f events/s tallied; %,.0f diagnoses/s; %,.0f events/s end to end%n",
                events / (eventNanos / 1e9), diagnoses / (diagnoseNanos / 1e9), events / ((eventNanos + diagnoseNanos) / 1e9));
    }

    private static String tenant(int t) {
        return "tenant" + t + ".onmicrosoft.com";
    }

    private static String event(int tenant, int e, Instant at) {
        String code = CODES[(tenant + e) % CODES.length];
        return "{\"code\":\"" + code + "\",\"smtp\":550,\"sender\":\"user" + (e % 5) + "@tenant" + tenant + ".example\","
                + "\"recipient\":\"someone" + (e % 7) + "@fabrikam.example\",\"at\":\"" + at + "\"}";
    }
}
