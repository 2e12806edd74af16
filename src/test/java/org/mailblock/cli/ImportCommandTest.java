package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

class ImportCommandTest {

    private static final String TRIAL = "src/test/resources/ingest/e2e/trial-tenant/";
    private static final String BOUNCE = TRIAL + "bounce-5.7.708.eml";
    private static final String EXPORTS = TRIAL + "exports";
    private static final String BAD = "src/test/resources/ingest/";

    @TempDir
    Path dir;

    @Test
    void importsBouncesAndExportsInOneCallAndTheFileGoesStraightIntoDiagnose() throws IOException, FactFileException {
        Path out = dir.resolve("tenant.yaml");

        CliRun run = CliRun.of("import", "-o", out.toString(), "ndr", BOUNCE, "exo", EXPORTS);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("imported 1 NDR and 2 exports").contains("wrote " + out);
        assertThat(FactFileLoader.standard().load(out).facts().tenant().name()).isEqualTo("proseware.onmicrosoft.com");
        CliRun diagnosis = CliRun.of("diagnose", out.toString());
        assertThat(diagnosis.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(diagnosis.out()).contains("low-reputation-ip-new-tenant").contains("request-ip-exception");
    }

    @Test
    void formatJsonWritesTheSameFactsAsJsonAndTheyDiagnoseAlike() throws IOException, FactFileException {
        Path yaml = dir.resolve("tenant.yaml");
        Path json = dir.resolve("tenant.json");

        CliRun.of("import", "-o", yaml.toString(), "ndr", BOUNCE, "exo", EXPORTS);
        CliRun run = CliRun.of("import", "--format", "json", "-o", json.toString(), "ndr", BOUNCE, "exo", EXPORTS);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(java.nio.file.Files.readString(json)).startsWith("{").contains("\"code\" : \"5.7.708\"");
        assertThat(FactFileLoader.standard().load(json).facts()).isEqualTo(FactFileLoader.standard().load(yaml).facts());
        assertThat(CliRun.of("diagnose", json.toString()).out()).isEqualTo(CliRun.of("diagnose", yaml.toString()).out());
    }

    @Test
    void anUnknownImportFormatIsAUsageError() {
        CliRun run = CliRun.of("import", "--format", "xml", "ndr", BOUNCE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Invalid value for option '--format': 'xml' (expected yaml or json)");
    }

    @Test
    void withoutOutputFileTheFactFileGoesToStandardOutput() {
        CliRun run = CliRun.of("import", "ndr", BOUNCE, "exo", EXPORTS);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("# Written by mailblock import").contains("mailblock: 1").contains("code: \"5.7.708\"");
    }

    @Test
    void optionsMayFollowTheInputs() throws IOException {
        Path out = dir.resolve("tenant.yaml");

        CliRun run = CliRun.of("import", "ndr", BOUNCE, "exo", EXPORTS, "-o", out.toString(), "--collected-at", "2026-11-05T16:20:00Z");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(out)).contains("collectedAt: 2026-11-05T16:20:00Z");
    }

    @Test
    void failedInputsAreNamedAndTheOthersStillImported() throws IOException {
        Path out = dir.resolve("tenant.yaml");

        CliRun run = CliRun.of("import", "-o", out.toString(), "ndr", BOUNCE, BAD + "corpus/soe__is-not-bounce-01.eml",
                "exo", EXPORTS, BAD + "exports/malformed.json", BAD + "exports/transport-rules.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("soe__is-not-bounce-01.eml: is not a bounce message")
                .containsPattern("malformed\\.json:5:\\d+: malformed JSON")
                .contains("transport-rules.json: is not an export mailblock recognizes")
                .contains("3 input(s) could not be imported");
        assertThat(Files.readString(out)).contains("code: \"5.7.708\"");
    }

    @Test
    void aFolderOfBouncesIsReadInOneCallWithEachSkippedFileAndTheReasonsCounted() throws IOException {
        Path folder = dir.resolve("bounces");
        Files.createDirectories(folder);
        for (String name : new String[] {"soe__lhost-exchange2003-02.eml", "soe__lhost-postfix-47.eml", "soe__is-not-bounce-01.eml",
                "soe__rfc3834-02.eml", "mbd__non_bounce_postfix_hello_world.eml", "soe__lhost-googleworkspace-01.eml"}) {
            Files.copy(Path.of(BAD + "corpus", name), folder.resolve(name));
        }
        Path out = dir.resolve("tenant.yaml");

        CliRun run = CliRun.of("import", "--tenant", "contoso.onmicrosoft.com", "-o", out.toString(), "ndr", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err())
                .contains("soe__rfc3834-02.eml: is not a bounce message: it is an automatic reply")
                .contains("soe__is-not-bounce-01.eml: is not a bounce message")
                .contains("skipped 3 inputs (each named above): 3 is not a bounce message")
                .contains("imported 4 NDRs from 3 of 6 bounce messages");
        assertThat(Files.readString(out)).contains("code: \"5.0.0\"").contains("MSEXCH:IMS")
                .contains("Unspecified Error (SENT_SECOND_EHLO)");
    }

    @Test
    void strictWritesNothingWhenAnInputFails() {
        Path out = dir.resolve("tenant.yaml");

        CliRun run = CliRun.of("import", "--strict", "-o", out.toString(), "ndr", BOUNCE, "exo", BAD + "exports/malformed.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out).doesNotExist();
    }

    @Test
    void nothingImportableIsBadInputAndWritesNothing() throws IOException {
        Path out = dir.resolve("tenant.yaml");
        Files.writeString(out, "previous content");

        CliRun run = CliRun.of("import", "-o", out.toString(), "ndr", BAD + "corpus/soe__is-not-bounce-01.eml", "exo", EXPORTS);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no NDR could be imported").contains("no fact file was written");
        assertThat(Files.readString(out)).isEqualTo("previous content");
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void importWithoutInputsIsAUsageError() {
        CliRun run = CliRun.of("import");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Missing inputs").contains("ndr FILE...");
    }

    @Test
    void aCollectionTimeWithoutZoneIsRefused() {
        CliRun run = CliRun.of("import", "--collected-at", "2026-11-05T16:20:00", "ndr", BOUNCE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--collected-at").contains("with a zone");
    }

    @Test
    void helpExplainsBothInputKindsAndTheExitCodes() {
        CliRun run = CliRun.of("import", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("ndr").contains("exo").contains("--collected-at").contains("--tenant")
                .contains("mailblock import -o tenant.yaml ndr bounces/ exo exports/").contains("Exit codes:");
        assertThat(CliRun.of("import", "exo", "--help").out()).contains("Get-MgDirectorySubscription").contains("PATH...");
    }

    @Test
    void aCollectorRunImportsInOneCallAndItsDiagnosisNamesTheRestrictedUsersAndTheConnectorsCreator() throws IOException {
        Path out = dir.resolve("tenant.yaml");

        CliRun run = CliRun.of("import", "-o", out.toString(), "exo", "src/test/resources/collector-run",
                "ndr", "src/test/resources/ingest/e2e/threshold-bounce-only/bounce-5.7.705.eml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("imported 1 NDR and 19 exports");
        CliRun diagnosis = CliRun.of("diagnose", out.toString());
        assertThat(diagnosis.exitCode()).isEqualTo(ExitCodes.OK);
        // the text report wraps its lines, so only words that fit on one are looked for
        assertThat(diagnosis.out()).contains("user@litwareinc.com is in Restricted entities", "created with the account itadmin@litwareinc.com",
                "invoices.copy@mailbox-drop.example");
    }

    @Test
    void anExportWithADateOutOfRangeIsImportedWithANoteNotAnInternalError() throws IOException {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(exports.resolve("accepted-domains.json"), Files.readString(Path.of(EXPORTS, "accepted-domains.json"))
                .replaceFirst("\"WhenChangedUTC\":\\s*\"[^\"]*\"", "\"WhenChangedUTC\": \"/Date(99999999999999999999)/\""));

        CliRun run = CliRun.of("import", "ndr", BOUNCE, "exo", exports.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("outside the years 1 to 9999").doesNotContain("internal error");
        assertThat(run.out()).contains("proseware.onmicrosoft.com");
    }
}
