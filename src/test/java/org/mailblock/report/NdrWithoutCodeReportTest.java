package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailblock.diagnosis.TenantBan;

/** A bounce without an enhanced status code reads as one the rules cannot classify, in every format and language. */
class NdrWithoutCodeReportTest {

    private final SampleReports.Sample sample = SampleReports.sample("bounce-without-code-beside-restricted-user");

    @Test
    void theDiagnosisCannotTellWhetherAnythingIsBanned() {
        assertThat(sample.diagnosis().tenantBan()).isEqualTo(TenantBan.UNKNOWN);
        assertThat(sample.diagnosis().symptoms()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("code-unknown");
            assertThat(s.code()).isNull();
            assertThat(s.banUnknown()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"TEXT, en", "MARKDOWN, en", "HTML, en", "TEXT, de", "MARKDOWN, de", "HTML, de"})
    void noReportSaysNullOrNotABan(ReportFormat format, String language) {
        String report = Reports.render(format, sample.diagnosis(), sample.facts(), SampleReports.messages(language), false);

        assertThat(report).doesNotContainPattern("(?<!\\$)null").doesNotContain("Not a ban").doesNotContain("Keine Sperre des ganzen");
        if (language.equals("en")) {
            assertThat(report.replaceAll("\\s+", " ")).contains("cannot be classified by code").contains("without an enhanced status code");
        }
    }
}
