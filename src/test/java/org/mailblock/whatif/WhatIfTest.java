package org.mailblock.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Impact;
import org.mailblock.engine.DiagnoseOptions;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.facts.TenantFacts;
import org.mailblock.i18n.MessageBundles;
import org.mailblock.i18n.Messages;
import org.mailblock.load.AssumableFacts;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactPatch;
import org.mailblock.report.JsonReport;
import org.mailblock.report.ReportFormat;
import org.mailblock.report.Reports;

class WhatIfTest {

    static final DiagnosisEngine ENGINE;

    static {
        try {
            ENGINE = DiagnosisEngine.builder().build();
        } catch (RuleBaseException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static final Messages EN = MessageBundles.packaged(ENGINE.catalogue()).messages("en");

    @TempDir
    Path dir;

    private static Diagnosis assumed(Path file, FactPatch patch) throws Exception {
        return WhatIf.diagnose(ENGINE, FactFileLoader.standard().assumable(file), patch, DiagnoseOptions.DEFAULT);
    }

    private static Diagnosis edited(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        TenantFacts facts = FactFileLoader.standard().load(file.toString(), text.replace(from, to)).facts();
        return ENGINE.diagnose(facts);
    }

    /** The diagnosis without its marks of assumption. */
    private static String unmarked(Diagnosis d) {
        return JsonReport.render(d.assuming(List.of(), null));
    }

    @Test
    void assumingAnAnswerGivesTheDiagnosisOfTheFileEditedTheSameWayApartFromTheMarks() throws Exception {
        Path sample = Path.of("facts-samples", "restricted-connector.yaml");
        Diagnosis assumed = assumed(sample, FactPatch.expression("connectors[name=Inbound relay 2].recognized=true"));
        Diagnosis edited = edited(sample, "    createdAt: 2026-11-21T02:14:00Z\n", "    createdAt: 2026-11-21T02:14:00Z\n    recognized: true\n");
        assertThat(unmarked(assumed)).isEqualTo(JsonReport.render(edited));
        assertThat(JsonReport.render(assumed)).isNotEqualTo(JsonReport.render(edited));
        assertThat(assumed.whatIf().impact()).isNotEqualTo(Impact.NONE);
    }

    @Test
    void aPatchFileAddingWholeSectionsEqualsTheSameSectionsWrittenInTheFile() throws Exception {
        Path sample = Path.of("facts-samples", "threshold-with-nothing-else-known.yaml");
        Path patch = dir.resolve("answers.yaml");
        Files.writeString(patch, """
                admins[upn=admin@litwareinc.com]:
                  roles: [Global Administrator]
                  mfa: true
                connectors: []
                outbound.bulkMail: false
                """);
        Diagnosis assumed = assumed(sample, FactPatch.read(patch));
        Diagnosis edited = edited(sample, "ndrs:\n", """
                admins:
                  - upn: admin@litwareinc.com
                    roles: [Global Administrator]
                    mfa: true
                connectors: []
                outbound:
                  bulkMail: false
                ndrs:
                """);
        assertThat(unmarked(assumed)).isEqualTo(JsonReport.render(edited));
        assertThat(assumed.assumptions()).hasSize(3);
    }

    @Test
    void withoutAssumptionsTheDiagnosisIsTheFilesAndCarriesNoMark() throws Exception {
        Path sample = Path.of("facts-samples", "threshold-with-nothing-else-known.yaml");
        Diagnosis d = assumed(sample, FactPatch.NONE);
        assertThat(d.assumed()).isFalse();
        assertThat(JsonReport.render(d)).isEqualTo(JsonReport.render(ENGINE.diagnose(FactFileLoader.standard().load(sample).facts())))
                .doesNotContain("\"assumptions\"", "\"whatIf\"");
    }

    @Test
    void everyFormatMarksADiagnosisWithAssumptionsAndNamesThem() throws Exception {
        Path sample = Path.of("facts-samples", "threshold-with-nothing-else-known.yaml");
        AssumableFacts file = FactFileLoader.standard().assumable(sample);
        FactPatch patch = FactPatch.expression("admins[upn=helpdesk@litwareinc.com].mfa=false");
        Diagnosis d = WhatIf.diagnose(ENGINE, file, patch, DiagnoseOptions.EXPLAIN);
        TenantFacts facts = file.assuming(patch).facts();
        for (ReportFormat format : ReportFormat.values()) {
            String report = Reports.render(format, d, facts, EN, false);
            boolean json = format == ReportFormat.JSON || format == ReportFormat.JSONL;
            assertThat(report).as(format.toString()).contains("helpdesk@litwareinc.com").contains(json ? "\"assumptions\"" : "ASSUMED");
        }
        for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            assertThat(Reports.packet(format, d, facts, EN, false)).as("packet " + format)
                    .contains("ASSUMED").contains("admins[upn=helpdesk@litwareinc.com].mfa");
        }
        String text = Reports.render(ReportFormat.TEXT, d, facts, EN, false);
        assertThat(text).contains("Assumed facts:\n  - admins[upn=helpdesk@litwareinc.com].mfa = false (--assume)");
        assertThat(text.replaceAll("\\s+", " ")).contains("the leading cause becomes Admin accounts without multifactor authentication (confirmed)");
        // a JSON consumer sees the assumptions as a top-level field, before the verdict
        String json = JsonReport.render(d);
        assertThat(json.indexOf("\"assumptions\"")).isPositive().isLessThan(json.indexOf("\"tenantBanned\""));
        assertThat(json).contains("\"whatIf\" : {\n    \"impact\" : \"decisive\"");
    }

    @Test
    void redactionHidesTheAddressesInTheAssumptionsToo() throws Exception {
        Path sample = Path.of("facts-samples", "threshold-with-nothing-else-known.yaml");
        AssumableFacts file = FactFileLoader.standard().assumable(sample);
        FactPatch patch = FactPatch.expression("admins[upn=helpdesk@litwareinc.com].mfa=false");
        Diagnosis d = WhatIf.diagnose(ENGINE, file, patch, DiagnoseOptions.DEFAULT);
        String report = Reports.render(ReportFormat.JSON, d, file.assuming(patch).facts(), EN, true);
        assertThat(report).contains("\"assumptions\"").doesNotContain("helpdesk@litwareinc.com");
    }
}
