package org.mailblock.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the processor with settings it cannot run on: a precise message and exit code 2, never a stack trace. */
class FleetMainTest {

    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FleetMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void withoutAClusterItSaysWhatToGive() {
        Run r = run("--application-id", "fleet");
        assertThat(r.code()).isEqualTo(FleetMain.BAD_USAGE);
        assertThat(r.err()).contains("--bootstrap-servers").doesNotContain("Exception");
    }

    @Test
    void aWindowThatIsNoDurationIsRefusedWithTheFormsItTakes() {
        Run r = run("--bootstrap-servers", "localhost:9092", "--window", "an hour");
        assertThat(r.code()).isEqualTo(FleetMain.BAD_USAGE);
        assertThat(r.err()).contains("'an hour' is not a duration").contains("15m");
    }

    @Test
    void aZeroWindowIsRefused() {
        Run r = run("--bootstrap-servers", "localhost:9092", "--window", "0s");
        assertThat(r.code()).isEqualTo(FleetMain.BAD_USAGE);
        assertThat(r.err()).contains("the window must be longer than zero");
    }

    @Test
    void aLanguageWithoutTextsIsRefusedWithTheLanguagesThereAre() {
        Run r = run("--bootstrap-servers", "localhost:9092", "--lang", "xx");
        assertThat(r.code()).isEqualTo(FleetMain.BAD_USAGE);
        assertThat(r.err()).contains("no texts in the language 'xx'").contains("en");
    }

    @Test
    void aSettingsFileThatCannotBeReadIsNamed() {
        Path missing = folder.resolve("fleet.properties");
        Run r = run("--config", missing.toString());
        assertThat(r.code()).isEqualTo(FleetMain.BAD_USAGE);
        assertThat(r.err()).contains("cannot read the settings " + missing);
    }

    @Test
    void theHelpNamesTheTopicsAndTheExitCodes() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--ndr-events-topic", "mailblock.diagnoses", "Exit codes");
    }

    @Test
    void theVersionNamesTheEngineAndKafkaStreams() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("mailblock-fleet " + org.mailblock.engine.Version.current()).contains("Kafka Streams 4.");
    }
}
