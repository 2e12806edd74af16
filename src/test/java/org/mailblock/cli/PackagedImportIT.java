package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar reads MIME bounces (the mail library's content handlers survive the shading), and diagnoses the result from standard input. */
class PackagedImportIT {

    @TempDir
    Path dir;

    @Test
    void theShadedJarImportsABounceFromItsDeliveryStatusPartAndDiagnosesTheResultFromStandardInput() throws Exception {
        Path facts = dir.resolve("tenant.yaml");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String inputs = "src/test/resources/ingest/e2e/trial-tenant/";

        Process p = new ProcessBuilder(List.of(java, "-jar", PackagedCliIT.JAR.toString(), "import", "-o", facts.toString(),
                "ndr", inputs + "bounce-5.7.708.eml", "exo", inputs + "exports"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(log).isZero();
        assertThat(Files.readString(facts)).contains("code: \"5.7.708\"").contains("# from the delivery-status part");

        // what import writes goes into diagnose through standard input, as in: import ... | diagnose -
        Process diagnose = new ProcessBuilder(List.of(java, "-jar", PackagedCliIT.JAR.toString(), "diagnose", "--lang", "en", "-"))
                .redirectInput(facts.toFile()).redirectOutput(dir.resolve("report.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(diagnose.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(diagnose.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        assertThat(Files.readString(dir.resolve("report.txt"), StandardCharsets.UTF_8)).contains("low-reputation-ip-new-tenant");
    }
}
