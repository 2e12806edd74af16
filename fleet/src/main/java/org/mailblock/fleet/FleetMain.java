package org.mailblock.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar mailblock-fleet.jar}: runs the processor against a Kafka cluster until it is stopped. */
@Command(name = "mailblock-fleet",
        mixinStandardHelpOptions = true,
        versionProvider = FleetMain.Versions.class,
        description = {
            "Diagnose a fleet of tenants from their NDR events, with Kafka Streams.",
            "",
            "Reads NDR events (one fact file ndrs[] entry as JSON per record) and the tenants' facts (a fact file without "
                + "NDRs as JSON per record, on a compacted topic), both keyed by tenant; tallies the events in tumbling "
                + "windows by the time each NDR was generated, and writes one diagnosis per tenant and window "
                + "(collectedAt: the window's end) and, on a second topic, what changed against the tenant's previous diagnosis.",
            "",
            "Any Kafka Streams setting can come from a properties file (--config); the options override it.",
            ""
        },
        footer = {"", "Examples:",
            "  java -jar mailblock-fleet.jar --bootstrap-servers kafka1:9092 --application-id mailblock-fleet",
            "  java -jar mailblock-fleet.jar --config fleet.properties --window 15m --grace 2m",
            "",
            "Exit codes: 0 stopped cleanly; 1 the stream failed; 2 bad usage or settings; 3 the rules do not compile.",
            "On SIGTERM the stream is closed cleanly and the JVM exits as on any signal (143)."})
public final class FleetMain implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_USAGE = 2;
    static final int BAD_RULES = 3;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file of Kafka Streams settings (bootstrap.servers, application.id, security ...).")
    private Path config;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", description = "The cluster's brokers (bootstrap.servers).")
    private String bootstrapServers;

    @Option(names = "--application-id", paramLabel = "ID",
            description = "The application's id (application.id): its consumer group and the prefix of its internal topics. Default: mailblock-fleet.")
    private String applicationId;

    @Option(names = "--ndr-events-topic", paramLabel = "TOPIC", description = "Default: ${DEFAULT-VALUE}.", defaultValue = "mailblock.ndr-events")
    private String ndrEventsTopic;

    @Option(names = "--tenant-facts-topic", paramLabel = "TOPIC", description = "Default: ${DEFAULT-VALUE}.", defaultValue = "mailblock.tenant-facts")
    private String tenantFactsTopic;

    @Option(names = "--diagnoses-topic", paramLabel = "TOPIC", description = "Default: ${DEFAULT-VALUE}.", defaultValue = "mailblock.diagnoses")
    private String diagnosesTopic;

    @Option(names = "--changes-topic", paramLabel = "TOPIC", description = "Default: ${DEFAULT-VALUE}.", defaultValue = "mailblock.diagnosis-changes")
    private String changesTopic;

    @Option(names = "--dead-letters-topic", paramLabel = "TOPIC", description = "Default: ${DEFAULT-VALUE}.", defaultValue = "mailblock.dead-letters")
    private String deadLettersTopic;

    @Option(names = "--window", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "1h",
            description = "The length of the tumbling windows (90s, 15m, 1h, 1d or ISO-8601). Default: ${DEFAULT-VALUE}.")
    private Duration window;

    @Option(names = "--grace", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5m",
            description = "How late an event may come and still count in its window; a window's diagnosis comes out once "
                    + "the events' time passes its end plus this. Default: ${DEFAULT-VALUE}.")
    private Duration grace;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the diagnoses' titles and texts; identifiers never change. Default: ${DEFAULT-VALUE}.")
    private String language;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Run the rules in this folder instead of those packaged with mailblock (compiled at start).")
    private Path rules;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** What --version prints: this processor's and the engine's versions. */
    static final class Versions implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mailblock-fleet " + org.mailblock.engine.Version.current() + ", Kafka Streams "
                    + kafkaStreams() + ", Drools " + org.mailblock.engine.Version.drools()};
        }

        /** The version Kafka Streams records in its own jar. */
        private static String kafkaStreams() {
            Properties p = new Properties();
            try (InputStream in = KafkaStreams.class.getResourceAsStream("/kafka/kafka-streams-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return p.getProperty("version", "unknown");
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the processor with these arguments until it stops, and gives the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new FleetMain());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("mailblock-fleet: " + e.getMessage());
            return FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Properties settings = new Properties();
        if (config != null) {
            try (InputStream in = Files.newInputStream(config)) {
                settings.load(in);
            } catch (IOException | IllegalArgumentException e) {
                err.println("mailblock-fleet: cannot read the settings " + config + ": " + e.getMessage());
                return BAD_USAGE;
            }
        }
        settings.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, "mailblock-fleet");
        // a crash must neither lose a change nor report one twice
        settings.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // what Kafka Streams 5 will do anyway; set, so that it does not warn at every start
        settings.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        if (applicationId != null) {
            settings.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        }
        if (bootstrapServers != null) {
            settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }
        if (!settings.containsKey(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            err.println("mailblock-fleet: no cluster: give --bootstrap-servers, or bootstrap.servers in --config");
            return BAD_USAGE;
        }
        FleetSettings fleet;
        DiagnosisEngine engine;
        Topology topology;
        try {
            fleet = new FleetSettings(new FleetTopics(ndrEventsTopic, tenantFactsTopic, diagnosesTopic, changesTopic, deadLettersTopic),
                    window, grace, language);
            DiagnosisEngine.Builder builder = DiagnosisEngine.builder();
            if (rules != null) {
                builder.rulesDirectory(rules);
            }
            engine = builder.build();
            topology = FleetTopology.build(fleet, engine);
        } catch (RuleBaseException e) {
            err.println("mailblock-fleet: the rules do not compile: " + e.getMessage());
            return BAD_RULES;
        } catch (IllegalArgumentException e) {
            err.println("mailblock-fleet: " + e.getMessage());
            return BAD_USAGE;
        }
        return runUntilStopped(topology, settings, err);
    }

    private static int runUntilStopped(Topology topology, Properties settings, PrintWriter err) {
        CountDownLatch stopped = new CountDownLatch(1);
        boolean[] failed = {false};
        try (KafkaStreams streams = new KafkaStreams(topology, settings)) {
            streams.setUncaughtExceptionHandler(e -> {
                err.println("mailblock-fleet: the stream failed: " + e);
                err.flush();
                failed[0] = true;
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            });
            streams.setStateListener((now, before) -> {
                if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                    stopped.countDown();
                }
            });
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                streams.close(Duration.ofSeconds(30));
                stopped.countDown();
            }, "mailblock-fleet-shutdown"));
            streams.start();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return failed[0] ? FAILED : OK;
    }
}
