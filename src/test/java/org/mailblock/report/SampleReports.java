package org.mailblock.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.facts.TenantFacts;
import org.mailblock.i18n.MessageBundles;
import org.mailblock.i18n.Messages;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/** One engine and the packaged message bundles, shared by the report tests, and the sample tenants. */
final class SampleReports {

    static final DiagnosisEngine ENGINE;
    static final MessageBundles BUNDLES;

    static {
        try {
            ENGINE = DiagnosisEngine.builder().build();
        } catch (RuleBaseException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        BUNDLES = MessageBundles.packaged(ENGINE.catalogue());
    }

    /** A sample tenant with its diagnosis. */
    record Sample(Path file, TenantFacts facts, Diagnosis diagnosis) {
        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    private SampleReports() {
    }

    static Messages messages(String language) {
        return BUNDLES.messages(language);
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(Path.of("facts-samples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Sample> all() {
        return files().stream().map(SampleReports::sample).toList();
    }

    static Sample sample(String name) {
        return sample(Path.of("facts-samples", name + ".yaml"));
    }

    static Sample sample(Path file) {
        try {
            TenantFacts facts = FactFileLoader.standard().load(file).facts();
            return new Sample(file, facts, ENGINE.diagnose(facts, DiagnoseOptions.EXPLAIN));
        } catch (FactFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
