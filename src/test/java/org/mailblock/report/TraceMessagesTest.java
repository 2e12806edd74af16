package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.diagnosis.TraceText;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.i18n.MessageBundles;
import org.mailblock.i18n.Messages;
import org.mailblock.load.FactFileLoader;

/** The trace lines of --explain come from message keys, so every language has them. */
class TraceMessagesTest {

    private static final String SAMPLE = "facts-samples/rogue-connector-after-admin-takeover.yaml";

    @Test
    void englishAndGermanHaveTheSameTraceKeys() throws Exception {
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        MessageBundles bundles = MessageBundles.directory(Path.of("rules"), engine.catalogue());
        Set<String> english = traceKeys(bundles.messages("en"));
        assertThat(english).isNotEmpty();
        assertThat(traceKeys(bundles.messages("de"))).isEqualTo(english);
    }

    @Test
    void everyTraceItemOfEverySampleHasItsTextInEveryLanguage() throws Exception {
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        MessageBundles bundles = MessageBundles.directory(Path.of("rules"), engine.catalogue());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> samples = Files.list(Path.of("facts-samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Diagnosis d = engine.diagnose(FactFileLoader.standard().load(sample).facts(), DiagnoseOptions.EXPLAIN);
                for (TraceEntry t : d.trace()) {
                    Stream.concat(t.matched().stream(), t.concluded().stream()).map(TraceText::key).forEach(used::add);
                }
            }
        }
        assertThat(used).contains("trace.fact", "trace.ndrs", "trace.symptom", "trace.cause", "trace.action");
        for (String language : bundles.languages()) {
            assertThat(bundles.messages(language).keys()).as(language).containsAll(used);
        }
    }

    @Test
    void theTraceSpeaksTheLanguageOfTheReport() throws Exception {
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        var facts = FactFileLoader.standard().load(Path.of(SAMPLE)).facts();
        Diagnosis d = engine.diagnose(facts, DiagnoseOptions.EXPLAIN);
        MessageBundles bundles = MessageBundles.packaged(engine.catalogue());
        String english = Reports.render(ReportFormat.JSON, d, facts, bundles.messages("en"), false);
        String german = Reports.render(ReportFormat.JSON, d, facts, bundles.messages("de"), false);
        assertThat(english).contains("\"ndrs with code 5.7.705").contains("\"cause compromised-accounts (");
        assertThat(german).contains("\"NDRs mit Code 5.7.705").contains("\"Ursache compromised-accounts (")
                .doesNotContain("\"ndrs with code").doesNotContain("\"cause compromised-accounts (");
    }

    @Test
    void aDiagnosisNoReportRenderedGivesTheEnglishTraceInJson() throws Exception {
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        var facts = FactFileLoader.standard().load(Path.of(SAMPLE)).facts();
        Diagnosis d = engine.diagnose(facts, DiagnoseOptions.EXPLAIN);
        assertThat(JsonReport.render(d)).isEqualTo(Reports.render(ReportFormat.JSON, d, facts,
                MessageBundles.packaged(engine.catalogue()).messages("en"), false));
    }

    private static Set<String> traceKeys(Messages m) {
        return m.keys().stream().filter(k -> k.startsWith("trace.")).collect(Collectors.toCollection(TreeSet::new));
    }
}
