package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.bench.SyntheticTenant;

/** The shaded jar where the process itself fails: a full standard output, too little memory, a rule folder it must not run. */
class PackagedFailuresIT {

    private static final String SAMPLE = Path.of("facts-samples/renewal-days-ago.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    @Test
    void aFullStandardOutputFailsEveryCommandWithOneLine() throws Exception {
        for (String[] args : List.of(new String[] {"diagnose", SAMPLE}, new String[] {"schema"}, new String[] {"rules"})) {
            Result r = run(Path.of("."), List.of(), new File("/dev/full"), args);
            assertThat(r.code).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err).isEqualTo("mailblock: cannot write to standard output (disk full, or the reader went away); "
                    + "what was written is incomplete.\n");
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineThatSaysWhatToDo() throws Exception {
        Path large = Files.writeString(dir.resolve("large.yaml"),
                SyntheticTenant.toYaml(SyntheticTenant.generate(60_000, 12_000, 1_200, 30_000, 20, true, 1)));
        Result r = run(Path.of("."), List.of("-Xmx48m", "-XX:+UseSerialGC"), dir.resolve("out.txt").toFile(), "diagnose", large.toString());
        assertThat(r.code).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(r.err).startsWith("mailblock diagnose: out of memory: the input needs more than the ")
                .contains("MAILBLOCK_JAVA_OPTS=-Xmx").doesNotContain("\tat ", "Exception in thread");
        assertThat(r.err.lines()).hasSize(1);
    }

    @Test
    void explainDoesNotRunARulesFolderItFindsInTheCurrentFolder() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/catalogue.yaml"), rules.resolve("catalogue.yaml"));
        Files.writeString(rules.resolve("planted.drl"), "package mailblock;\nrule \"planted\" when then throw new RuntimeException(\"planted\"); end\n");
        Result r = run(dir, List.of(), dir.resolve("out.txt").toFile(), "explain", SAMPLE);
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).startsWith("EXPLANATION of ").doesNotContain("planted");
        assertThat(r.err).isEmpty();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Path directory, List<String> jvm, File stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", PackagedCliIT.JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("mailblock-err-", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(directory.toFile()).redirectOutput(stdout).redirectError(err.toFile()).start();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            String out = stdout.getPath().equals("/dev/full") ? "" : Files.readString(stdout.toPath(), StandardCharsets.UTF_8);
            return new Result(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
