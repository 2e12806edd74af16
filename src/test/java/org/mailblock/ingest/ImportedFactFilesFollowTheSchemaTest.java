package org.mailblock.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailblock.load.SchemaValidity;

/** What {@code mailblock import} writes is valid against schema/facts-v1.schema.json, so editors accept it as they accept a sample. */
class ImportedFactFilesFollowTheSchemaTest {

    private static final Path E2E = Path.of("src/test/resources/ingest/e2e");
    private static final Path BOUNCES = Path.of("src/test/resources/ingest/bounces");
    private static final Path EXPORTS = Path.of("src/test/resources/ingest/exports");

    record Inputs(String name, ImportRequest request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Inputs> inputs() {
        return Stream.of(
                new Inputs("trial tenant: bounce and exports", new ImportRequest(List.of(E2E.resolve("trial-tenant/bounce-5.7.708.eml")),
                        List.of(E2E.resolve("trial-tenant/exports")), null, null)),
                new Inputs("a bounce alone, tenant and time given", new ImportRequest(List.of(E2E.resolve("threshold-bounce-only/bounce-5.7.705.eml")),
                        List.of(), Instant.parse("2026-11-29T08:00:00Z"), "litwareinc.onmicrosoft.com")),
                new Inputs("every kind of bounce and export, odd ones included", new ImportRequest(
                        List.of(BOUNCES.resolve("exo-text-two-recipients.eml"), BOUNCES.resolve("exo-html-only-base64-5.1.8.eml"),
                                BOUNCES.resolve("mixed-with-base64-status-attachment.eml")),
                        List.of(EXPORTS.resolve("accepted-domains.json"), EXPORTS.resolve("accepted-domains-utf16.json"),
                                EXPORTS.resolve("inbound-connectors.json"), EXPORTS.resolve("inbound-connector-enum-as-number.json"),
                                EXPORTS.resolve("inbound-connector-odd-address.json"), EXPORTS.resolve("outbound-connector-single-object.json"),
                                EXPORTS.resolve("subscriptions.json"), EXPORTS.resolve("user-registration-details.json")),
                        null, "contoso.onmicrosoft.com")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theWrittenFactFileIsValidAgainstTheSchema(Inputs inputs) {
        ImportResult result = new FactImporter().importInputs(inputs.request());
        String written = FactFileWriter.write(result);
        assertThat(written).contains("ndrs:");
        assertThat(SchemaValidity.errors(written)).as(written).isEmpty();
    }
}
