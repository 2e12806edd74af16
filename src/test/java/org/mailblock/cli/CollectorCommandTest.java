package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.collector.CollectorScript;

class CollectorCommandTest {

    @TempDir
    Path folder;

    @Test
    void collectorPrintsTheShippedScriptExactly() {
        CliRun run = CliRun.of("collector");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(CollectorScript.text()).startsWith("<#").contains("param(");
    }

    @Test
    void collectorWritesTheScriptToTheFileNamedWithOutput() throws IOException {
        Path file = folder.resolve(CollectorScript.FILE_NAME);

        CliRun run = CliRun.of("collector", "-o", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.US_ASCII)).isEqualTo(CollectorScript.text());
    }

    @Test
    void collectorSaysWhenTheFileCannotBeWrittenAndExitsTwo() {
        Path file = folder.resolve("missing-folder").resolve(CollectorScript.FILE_NAME);

        CliRun run = CliRun.of("collector", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("cannot write").contains("no such folder").doesNotContain("Exception");
        assertThat(file).doesNotExist();
    }

    @Test
    void collectorHelpSaysHowToRunItOnTheTenantsSideAndWhatComesNext() {
        CliRun run = CliRun.of("collector", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("pwsh -File Collect-MailblockFacts.ps1 -OutputFolder mailblock-export -Sender")
                .contains("-SkipGraph").contains("-DaysOfAudit").contains("Get-, Search- and Find-")
                .contains("mailblock import -o tenant.yaml exo mailblock-export ndr bounce.eml")
                .contains("mailblock diagnose tenant.yaml");
    }

    @Test
    void collectorIsListedAmongTheCommands() {
        assertThat(CliRun.of("--help").out()).contains("collector");
    }
}
