package org.mailblock.serve;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The check every test's answers go through catches answers that break the description. */
class OpenApiContractTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThatThrownBy(() -> OpenApiContract.check("GET", "/v1/info", 418, "application/json", bytes("{}")))
                .hasMessageContaining("not documented");
    }

    @Test
    void aBodyThatBreaksItsSchemaFails() {
        assertThatThrownBy(() -> OpenApiContract.check("GET", "/v1/info", 200, "application/json", bytes("{\"name\":\"other\"}")))
                .hasMessageContaining("follows the schema");
        assertThatThrownBy(() -> OpenApiContract.check("POST", "/v1/diagnose", 400, "application/json",
                bytes("{\"error\":\"invalid-facts\",\"message\":\"x\",\"problems\":[{\"file\":\"f\"}]}")))
                .hasMessageContaining("follows the schema");
    }

    @Test
    void aDiagnosisThatBreaksTheDiagnosisSchemaFails() {
        assertThatThrownBy(() -> OpenApiContract.check("POST", "/v1/diagnose", 200, "application/json", bytes("{\"tenant\":1}")))
                .hasMessageContaining("follows the schema");
    }

    @Test
    void anUndocumentedMediaTypeFails() {
        assertThatThrownBy(() -> OpenApiContract.check("GET", "/healthz", 200, "text/plain", bytes("alive")))
                .hasMessageContaining("media type");
    }
}
