package org.mailblock.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;

/** The processor under {@link TopologyTestDriver}: no broker, records piped in and read out in order. */
final class FleetDriver implements AutoCloseable {

    private static DiagnosisEngine engine;

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, String> events;
    private final TestInputTopic<String, String> facts;
    private final TestOutputTopic<String, String> diagnoses;
    private final TestOutputTopic<String, String> changes;
    private final TestOutputTopic<String, String> deadLetters;

    FleetDriver(FleetSettings settings, Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "mailblock-fleet-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put("processing.exception.handler.global.enabled", "true");
        driver = new TopologyTestDriver(FleetTopology.build(settings, engine()), props);
        FleetTopics t = settings.topics();
        StringSerializer out = new StringSerializer();
        StringDeserializer in = new StringDeserializer();
        events = driver.createInputTopic(t.ndrEvents(), out, out);
        facts = driver.createInputTopic(t.tenantFacts(), out, out);
        diagnoses = driver.createOutputTopic(t.diagnoses(), in, in);
        changes = driver.createOutputTopic(t.changes(), in, in);
        deadLetters = driver.createOutputTopic(t.deadLetters(), in, in);
    }

    FleetDriver(Path stateDir) {
        this(FleetSettings.DEFAULT, stateDir);
    }

    /** The engine of the packaged rules, built once for all tests. */
    static synchronized DiagnosisEngine engine() {
        if (engine == null) {
            try {
                engine = DiagnosisEngine.builder().build();
            } catch (RuleBaseException e) {
                throw new IllegalStateException(e);
            }
        }
        return engine;
    }

    /** Sends an NDR event, stamped by the producer at the given time. */
    void event(String tenant, String json, Instant producedAt) {
        events.pipeInput(tenant, json, producedAt);
    }

    /** Sends a tenant's facts (or a tombstone, for {@code null}). */
    void facts(String tenant, String json, Instant producedAt) {
        facts.pipeInput(tenant, json, producedAt);
    }

    List<TestRecord<String, String>> diagnoses() {
        return diagnoses.readRecordsToList();
    }

    List<TestRecord<String, String>> changes() {
        return changes.readRecordsToList();
    }

    List<TestRecord<String, String>> deadLetters() {
        return deadLetters.readRecordsToList();
    }

    @Override
    public void close() {
        driver.close();
    }

    /** A test resource as text. */
    static String resource(String name) {
        try (InputStream in = FleetDriver.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An NDR event as JSON. */
    static String ndr(String code, String sender, String recipient, String at, long count) {
        return "{\"code\":\"" + code + "\",\"smtp\":550,\"sender\":\"" + sender + "\",\"recipient\":\"" + recipient
                + "\",\"at\":\"" + at + "\",\"count\":" + count + "}";
    }
}
