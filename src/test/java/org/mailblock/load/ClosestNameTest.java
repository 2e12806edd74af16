package org.mailblock.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClosestNameTest {

    private static final List<String> CONNECTOR_FIELDS = List.of("name", "direction", "type", "enabled", "createdAt",
            "createdBy", "recognized", "senderIpAddresses", "senderDomains", "tlsSenderCertificateName");

    @Test
    void distanceCountsSingleCharacterEdits() {
        assertThat(ClosestName.distance("createdAt", "createdAt")).isZero();
        assertThat(ClosestName.distance("createAt", "createdAt")).isEqualTo(1);
        assertThat(ClosestName.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestName.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void swappedNeighboursAreOneEdit() {
        assertThat(ClosestName.distance("tset", "test")).isEqualTo(1);
        assertThat(ClosestName.distance("fromat", "format")).isEqualTo(1);
        assertThat(ClosestName.among("tset", List.of("packet", "diagnose", "test", "rules"))).contains("test");
        assertThat(ClosestName.among("nrd", List.of("ndr", "exo"))).contains("ndr");
    }

    @Test
    void typosAndCaseSlipsFindTheMeantName() {
        assertThat(ClosestName.among("createdat", CONNECTOR_FIELDS)).contains("createdAt");
        assertThat(ClosestName.among("CreatedBy", CONNECTOR_FIELDS)).contains("createdBy");
        assertThat(ClosestName.among("enabeld", CONNECTOR_FIELDS)).contains("enabled");
        assertThat(ClosestName.among("nme", CONNECTOR_FIELDS)).contains("name");
    }

    @Test
    void unrelatedNamesGetNoSuggestion() {
        assertThat(ClosestName.among("department", CONNECTOR_FIELDS)).isEmpty();
        assertThat(ClosestName.among("id", CONNECTOR_FIELDS)).isEmpty();
        assertThat(ClosestName.among("name", CONNECTOR_FIELDS)).isEmpty();
    }
}
