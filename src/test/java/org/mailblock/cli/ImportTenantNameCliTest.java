package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/** Where 'import' takes the tenant's name from, and what it says when no input names it. */
class ImportTenantNameCliTest {

    private static final Path MICROSOFT_BOUNCE = Path.of("src/test/resources/ingest/e2e/threshold-bounce-only/bounce-5.7.705.eml");

    @TempDir
    Path dir;

    @Test
    void aMicrosoftBounceAloneGivesAFactFileOfTheTenantItComesFrom() throws IOException, FactFileException {
        Path out = dir.resolve("tenant.yaml");

        CliRun run = CliRun.of("import", "-o", out.toString(), "ndr", MICROSOFT_BOUNCE.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(FactFileLoader.standard().load(out).facts().tenant().name()).isEqualTo("litwareinc.onmicrosoft.com");
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .containsPattern("name: \"litwareinc\\.onmicrosoft\\.com\" +# .*postmaster@litwareinc\\.onmicrosoft\\.com");
    }

    @Test
    void withoutANameInTheInputsNothingIsWrittenAndTheMessageSaysHowToGiveIt() throws IOException {
        Path bounce = dir.resolve("custom.eml");
        Files.writeString(bounce, Files.readString(MICROSOFT_BOUNCE, StandardCharsets.ISO_8859_1)
                .replace("postmaster@litwareinc.onmicrosoft.com", "postmaster@litwareinc.com"), StandardCharsets.ISO_8859_1);
        Path out = dir.resolve("tenant.yaml");

        CliRun run = CliRun.of("import", "-o", out.toString(), "ndr", bounce.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("the tenant's name, its *.onmicrosoft.com domain, is in none of the inputs")
                .contains("sent from litwareinc.com").contains("--tenant").contains("no fact file was written");
        assertThat(out).doesNotExist();
    }
}
