package org.mailblock.fleet;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.mailblock.diagnosis.Change;

/**
 * Diagnoses each closed window with the tenant's facts from the table, and compares the diagnosis with the
 * tenant's previous one, kept in a state store. Records come out keyed by tenant, stamped with the window's end.
 */
final class DiagnoseProcessor implements Processor<Windowed<String>, WindowTally, String, WindowOutcome> {

    private final WindowDiagnoser diagnoser;
    private final String factsStoreName;
    private final String previousStoreName;
    private final String windowSource;
    private ProcessorContext<String, WindowOutcome> context;
    private TimestampedKeyValueStore<String, String> facts;
    private KeyValueStore<String, DiagnosisDigest> previous;

    /**
     * @param windowSource the topic named in dead letters of windows that could not be diagnosed
     */
    DiagnoseProcessor(WindowDiagnoser diagnoser, String factsStoreName, String previousStoreName, String windowSource) {
        this.diagnoser = diagnoser;
        this.factsStoreName = factsStoreName;
        this.previousStoreName = previousStoreName;
        this.windowSource = windowSource;
    }

    @Override
    public void init(ProcessorContext<String, WindowOutcome> context) {
        this.context = context;
        this.facts = context.getStateStore(factsStoreName);
        this.previous = context.getStateStore(previousStoreName);
    }

    @Override
    public void process(Record<Windowed<String>, WindowTally> window) {
        String tenant = window.key().key();
        Instant end = window.key().window().endTime();
        ValueAndTimestamp<String> known = facts.get(tenant);
        WindowDiagnosis result = diagnoser.diagnose(tenant, end, window.value(), known == null ? null : known.value());
        WindowOutcome outcome;
        if (result.rejection() != null) {
            outcome = new WindowOutcome(null, null, FleetRecords.deadLetter(windowSource, tenant, result.factFile(), result.rejection()));
        } else {
            DiagnosisDigest before = previous.get(tenant);
            List<Change> changes = result.digest().changesSince(before);
            String change = changes.isEmpty() ? null
                    : FleetRecords.change(tenant, result.digest(), before == null ? null : before.collectedAt(), changes);
            previous.put(tenant, result.digest());
            outcome = new WindowOutcome(result.report(), change, null);
        }
        context.forward(new Record<>(tenant, outcome, end.toEpochMilli()));
    }
}
