package org.mailblock.fleet;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.facts.Ndr;
import org.mailblock.i18n.MessageBundles;
import org.mailblock.load.FactFileLoader;

/**
 * The processor's topology. NDR events, keyed by tenant, are checked (bad ones go to the dead letters) and tallied in
 * tumbling windows by the time each NDR was generated; when a window closes, its tally and the tenant's facts from the
 * compacted facts table make the fact file the window stands for, which the engine diagnoses with
 * {@code collectedAt} at the window's end. The diagnosis goes to the diagnoses topic, and what changed against the
 * tenant's previous diagnosis to the changes topic. Nothing repartitions: every step is keyed by tenant.
 */
public final class FleetTopology {

    /** The state store of the tenants' facts, the table's. */
    static final String FACTS_STORE = "tenant-facts";
    /** The state store of the open windows' tallies. */
    static final String TALLY_STORE = "ndr-tallies";
    /** The state store of each tenant's previous diagnosis, for the changes topic. */
    static final String PREVIOUS_STORE = "previous-diagnoses";

    /** The largest value read from a topic, as the loader counts it: Kafka's own limit is far below. */
    private static final long MAX_VALUE_CHARS = 16L * 1024 * 1024;

    private FleetTopology() {
    }

    /**
     * Builds the topology.
     *
     * @param engine the engine that diagnoses each window; its rules and version are in every diagnosis
     * @throws IllegalArgumentException when the rules have no texts in the settings' language
     */
    public static Topology build(FleetSettings settings, DiagnosisEngine engine) {
        MessageBundles bundles = MessageBundles.packaged(engine.catalogue());
        if (!bundles.languages().contains(settings.language())) {
            throw new IllegalArgumentException("no texts in the language '" + settings.language() + "'; the rules speak "
                    + String.join(", ", bundles.languages()));
        }
        FactFileLoader loader = FactFileLoader.standard().withMaxBytes(MAX_VALUE_CHARS);
        EventReader events = new EventReader(loader);
        FactsReader facts = new FactsReader(loader);
        WindowDiagnoser diagnoser = new WindowDiagnoser(engine, loader, bundles.messages(settings.language()));
        FleetTopics topics = settings.topics();
        Serde<String> text = Serdes.String();
        StreamsBuilder builder = new StreamsBuilder();

        // the facts table: checked facts by tenant; a tombstone deletes a tenant's facts
        Map<String, KStream<String, Screened<String>>> factRecords = builder
                .stream(topics.tenantFacts(), Consumed.with(text, text).withName("read-tenant-facts"))
                .processValues(() -> new Screen<String>((key, value) -> value == null ? new Checked.Accepted<>(null)
                        : facts.read(key, value), topics.tenantFacts()), Named.as("check-tenant-facts"))
                .split(Named.as("tenant-facts-"))
                .branch((key, screened) -> screened.rejected(), Branched.as("rejected"))
                .defaultBranch(Branched.as("accepted"));
        factRecords.get("tenant-facts-rejected").mapValues(Screened::deadLetter, Named.as("tenant-facts-dead-letters"))
                .to(topics.deadLetters(), Produced.with(text, text).withName("write-tenant-facts-dead-letters"));
        factRecords.get("tenant-facts-accepted").mapValues(Screened::value, Named.as("tenant-facts-values"))
                .toTable(Named.as("tenant-facts-table"), Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(FACTS_STORE)
                        .withKeySerde(text).withValueSerde(text));

        // the NDR events: checked, stamped with the time each NDR was generated, tallied per tenant and window
        Map<String, KStream<String, Screened<Ndr>>> eventRecords = builder
                .stream(topics.ndrEvents(), Consumed.with(text, text).withName("read-ndr-events"))
                .processValues(() -> new Screen<Ndr>(events::read, topics.ndrEvents()), Named.as("check-ndr-events"))
                .split(Named.as("ndr-events-"))
                .branch((key, screened) -> screened.rejected(), Branched.as("rejected"))
                .defaultBranch(Branched.as("accepted"));
        eventRecords.get("ndr-events-rejected").mapValues(Screened::deadLetter, Named.as("ndr-events-dead-letters"))
                .to(topics.deadLetters(), Produced.with(text, text).withName("write-ndr-events-dead-letters"));

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PREVIOUS_STORE), text,
                JsonSerde.of(DiagnosisDigest.class)));
        KStream<String, WindowOutcome> outcomes = eventRecords.get("ndr-events-accepted")
                .mapValues(screened -> TallyEntry.of(screened.value()), Named.as("ndr-events-entries"))
                .groupByKey(Grouped.with("ndrs-by-tenant", text, JsonSerde.of(TallyEntry.class)))
                .windowedBy(TimeWindows.ofSizeAndGrace(settings.window(), settings.grace()))
                .aggregate(() -> WindowTally.EMPTY, (tenant, entry, tally) -> tally.plus(entry), Named.as("tally-ndrs"),
                        Materialized.<String, WindowTally, WindowStore<Bytes, byte[]>>as(TALLY_STORE)
                                .withKeySerde(text).withValueSerde(JsonSerde.of(WindowTally.class)))
                .suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()).withName("closed-windows"))
                .toStream(Named.as("closed-window-tallies"))
                .process(() -> new DiagnoseProcessor(diagnoser, FACTS_STORE, PREVIOUS_STORE, topics.ndrEvents()),
                        Named.as("diagnose-windows"), FACTS_STORE, PREVIOUS_STORE);
        outcomes.filter((tenant, o) -> o.diagnosis() != null, Named.as("diagnosed"))
                .mapValues(WindowOutcome::diagnosis, Named.as("diagnoses"))
                .to(topics.diagnoses(), Produced.with(text, text).withName("write-diagnoses"));
        outcomes.filter((tenant, o) -> o.change() != null, Named.as("changed"))
                .mapValues(WindowOutcome::change, Named.as("changes"))
                .to(topics.changes(), Produced.with(text, text).withName("write-changes"));
        outcomes.filter((tenant, o) -> o.deadLetter() != null, Named.as("not-diagnosed"))
                .mapValues(WindowOutcome::deadLetter, Named.as("window-dead-letters"))
                .to(topics.deadLetters(), Produced.with(text, text).withName("write-window-dead-letters"));
        return builder.build();
    }

    /** Checks a record's value, stamps it with the time it carries and writes the dead letter of a rejected one. */
    private static final class Screen<T> implements FixedKeyProcessor<String, String, Screened<T>> {

        /** Checks one value of a record keyed by tenant. */
        interface Check<T> {
            Checked<T> read(String key, String value);
        }

        private final Check<T> check;
        private final String topic;
        private FixedKeyProcessorContext<String, Screened<T>> context;

        Screen(Check<T> check, String topic) {
            this.check = check;
            this.topic = topic;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, Screened<T>> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, String> record) {
            Screened<T> screened = Screened.of(check.read(record.key(), record.value()), topic, record.key(), record.value());
            long time = screened.value() instanceof Ndr ndr && ndr.at() != null ? ndr.at().toEpochMilli() : record.timestamp();
            context.forward(record.withValue(screened).withTimestamp(time));
        }
    }
}
