package com.example.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Confidence;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Status;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.facts.Admin;
import org.mailblock.facts.Connector;
import org.mailblock.facts.ConnectorType;
import org.mailblock.facts.Direction;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFileLoader;
import org.mailblock.report.JsonReport;

/** Uses mailblock only through its public API, from outside its packages, as another service would. */
class EmbeddingServiceTest {

    @Test
    void aServiceBuildsFactsInCodeAndGetsARankedDiagnosisAndItsJson() throws Exception {
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        Instant collected = Instant.parse("2026-11-20T10:00:00Z");
        TenantFacts facts = TenantFacts.builder(collected, "contoso.onmicrosoft.com")
                .ndr(new Ndr("5.7.705", 550, "Access denied, tenant has exceeded threshold", null, null, null, 12L))
                .connectors(List.of(new Connector("Relay", Direction.INBOUND, ConnectorType.ON_PREMISES, true,
                        collected.minusSeconds(3600), null, false, List.of("203.0.113.9"), List.of("*"), null)))
                .admins(List.of(new Admin("admin@contoso.com", List.of("Global Administrator"), true)))
                .build();

        Diagnosis d = engine.diagnose(facts);

        assertThat(d.tenantBanned()).isTrue();
        RootCause leading = d.leadingCause().orElseThrow();
        assertThat(leading.id()).isEqualTo("malicious-inbound-connector");
        assertThat(leading.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(leading.evidence()).anySatisfy(e -> {
            assertThat(e.fact()).isEqualTo("connectors[0].recognized");
            assertThat(e.value()).isEqualTo(false);
        });
        assertThat(d.actions()).extracting(Action::id).endsWith("request-unblock");
        assertThat(d.actions()).filteredOn(a -> a.id().equals("enable-admin-mfa")).extracting(Action::status)
                .containsExactly(Status.DONE);
        assertThat(d.actions()).filteredOn(a -> a.id().equals("review-inbound-connectors"))
                .singleElement().satisfies(a -> {
                    assertThat(a.status()).isEqualTo(Status.REQUIRED);
                    assertThat(a.targets()).containsExactly("Relay");
                    assertThat(a.commands()).isNotEmpty();
                });
        assertThat(JsonReport.render(d)).startsWith("{\n  \"tenant\" : \"contoso.onmicrosoft.com\"");
    }

    @Test
    void oneEngineServesConcurrentCallers() throws Exception {
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        TenantFacts facts = FactFileLoader.standard().load(Path.of("facts-samples/open-relay-hybrid-server.yaml")).facts();
        String expected = JsonReport.render(engine.diagnose(facts));
        List<CompletableFuture<String>> calls = java.util.stream.IntStream.range(0, 64)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> JsonReport.render(engine.diagnose(facts)))).toList();
        for (CompletableFuture<String> call : calls) {
            assertThat(call.get()).isEqualTo(expected);
        }
    }

    @Test
    void factsThatBreakTheFormatAreRefusedBeforeDiagnosing() throws Exception {
        DiagnosisEngine engine = DiagnosisEngine.builder().build();
        TenantFacts badCode = TenantFacts.builder(Instant.parse("2026-11-20T10:00:00Z"), "contoso.onmicrosoft.com")
                .ndr(Ndr.of("5.7.7xx")).build();
        assertThatThrownBy(() -> engine.diagnose(badCode)).isInstanceOf(InvalidFactsException.class)
                .hasMessageContaining("ndrs[0].code");
    }
}
