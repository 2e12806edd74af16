package org.mailblock.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Question;
import org.mailblock.i18n.Localizer;

class QuestionValuesTest {

    private static Question question(Diagnosis d, String id) {
        return d.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theConnectorCreatorSearchRunsFromADayBeforeToADayAfterTheCreation() {
        // the connector was created 2026-11-21T02:14Z
        Question q = question(SampleReports.sample("restricted-connector").diagnosis(), "connector-creator");
        assertThat(q.how()).contains("-StartDate 2026-11-20 -EndDate 2026-11-22").doesNotContain("{start}", "<before");
        assertThat(q.values()).isEqualTo(Map.of("start", "2026-11-20", "end", "2026-11-22"));
    }

    @Test
    void germanFillsTheSameDatesIntoItsOwnText() {
        Diagnosis d = Localizer.localize(SampleReports.sample("restricted-connector").diagnosis(), SampleReports.messages("de"));
        assertThat(question(d, "connector-creator").how()).contains("-StartDate 2026-11-20 -EndDate 2026-11-22")
                .contains("eintragen").doesNotContain("{end}");
    }

    @Test
    void withoutACreationDateTheSearchCoversTheNinetyDaysBeforeCollection() {
        Diagnosis d = SampleReports.sample(Path.of("facts-samples", "rules", "ask-connector-creator--creation-unknown.yaml")).diagnosis();
        assertThat(question(d, "connector-creator").how()).contains("-StartDate 2026-08-22 -EndDate 2026-11-20");
    }

    @Test
    void aPlaceholderWithoutAValueStaysAsWritten() {
        Question q = new Question("q", "ask", "how", List.of(), List.of(), List.of(), Map.of("start", "2026-01-01"));
        assertThat(q.fill("from {start} to {end}")).isEqualTo("from 2026-01-01 to {end}");
    }
}
