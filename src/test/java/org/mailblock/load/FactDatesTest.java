package org.mailblock.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T10:00:00Z", "2024-02-29T23:59:59Z", "2026-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
        "2026-11-20T10:00:00.5Z", "2026-11-20T11:00:00+01:00"})
    void utcDateTimesReadAsTheStandardParserReadsThem(String text) {
        assertThat(FactDates.parse(text)).isEqualTo(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z", "2026-11-20T24:00:00Z", "2026-11-20T10:60:00Z",
        "2026-11-20T10:00:60Z", "2026-13-20T10:00:00Z", "2026-11-20T1O:00:00Z", "2026-11-20 10:00:00Z"})
    void impossibleDateTimesAreRefused(String text) {
        assertThatThrownBy(() -> FactDates.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
