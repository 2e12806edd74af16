package org.mailblock.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the mailblock CLI jar of the build, as a user would, for comparison with the processor. */
final class CliJar {

    private CliJar() {
    }

    /** What {@code mailblock diagnose --format json --lang en FILE} prints for the given fact file. */
    static String diagnoseJson(Path folder, String name, String factFile) throws IOException, InterruptedException {
        String jar = System.getProperty("mailblock.cli.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the CLI jar " + jar + " is not there: build the root project first (mvn package)");
        }
        Path file = folder.resolve(name);
        Files.writeString(file, factFile, StandardCharsets.UTF_8);
        Path out = folder.resolve(name + ".out");
        Path err = folder.resolve(name + ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-jar", jar, "diagnose", "--format", "json", "--lang", "en", file.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // the packaged rules, as the processor runs them
        pb.environment().remove("MAILBLOCK_RULES");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish in two minutes");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("the CLI exited with " + p.exitValue() + ": " + Files.readString(err));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
