package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A fact file named {@code -} is read from standard input, so that {@code mailblock import ... | mailblock diagnose -} works. */
class StdinInputTest {

    private static final String SAMPLE = "facts-samples/rogue-connector-after-admin-takeover.yaml";
    private static final String TRIAL = "src/test/resources/ingest/e2e/trial-tenant/";

    @Test
    void diagnoseDashReadsTheFactFileFromStandardInputAndReportsAsForTheFile() throws IOException {
        String text = Files.readString(Path.of(SAMPLE));
        CliRun fromStdin = CliRun.withStdin(text, "diagnose", "--lang", "en", "-");
        CliRun fromFile = CliRun.of("diagnose", "--lang", "en", SAMPLE);
        assertThat(fromStdin.exitCode()).as(fromStdin.err()).isZero();
        assertThat(fromStdin.out()).isEqualTo(fromFile.out()).contains("malicious-inbound-connector");
    }

    @Test
    void whatImportWritesGoesStraightIntoDiagnoseDash() {
        CliRun imported = CliRun.of("import", "ndr", TRIAL + "bounce-5.7.708.eml", "exo", TRIAL + "exports");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRun diagnosed = CliRun.withStdin(imported.out(), "diagnose", "--lang", "en", "--format", "json", "-");
        assertThat(diagnosed.exitCode()).as(diagnosed.err()).isZero();
        assertThat(diagnosed.out()).contains("\"low-reputation-ip-new-tenant\"");
    }

    @Test
    void problemsInStandardInputAreNamedStdinWithLineAndColumn() {
        String broken = "mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: contoso.onmicrosoft.com\nndrs:\n  - code: 5.7.705\n    cuont: 3\n";
        CliRun run = CliRun.withStdin(broken, "diagnose", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("<stdin>:7:5: ndrs[0].cuont: unknown field 'cuont'");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedAtTheirPosition() {
        CliRun run = CliRun.withStdin("mailblock: 1\ncollectedAt: \u00ff", "diagnose", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("<stdin>:");
    }

    @Test
    void dashWithOtherInputsIsRefusedWithAClearMessage() {
        CliRun run = CliRun.withStdin("", "diagnose", "-", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("- reads a single fact file from standard input; it cannot be combined with other files or folders");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void packetAndExplainReadStandardInputToo() throws IOException {
        String text = Files.readString(Path.of("facts-samples/secured-tenant-ready-for-unblock.yaml"));
        CliRun packet = CliRun.withStdin(text, "packet", "--lang", "en", "-");
        assertThat(packet.exitCode()).as(packet.err()).isZero();
        assertThat(packet.out()).isEqualTo(CliRun.of("packet", "--lang", "en", "facts-samples/secured-tenant-ready-for-unblock.yaml").out());
        CliRun explain = CliRun.withStdin(text, "explain", "-");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("<stdin>").contains("CAUSE ");
    }
}
