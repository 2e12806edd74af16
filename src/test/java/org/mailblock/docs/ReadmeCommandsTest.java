package org.mailblock.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command of the README's {@code sh} blocks, as written, in order, and holds each to the exit
 * code the README gives it ({@code # exit code N}, else 0). The commands run in bash in a folder that
 * looks like the repository root (its top-level entries linked in, an analyst's {@code bounce.eml} and
 * {@code exports/} beside them), where {@code ./mailblock} and {@code mailblock} run this build's CLI.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ReadmeCommandsTest {

    static final Path README = Path.of("README.md");
    static final Pattern SH_BLOCK = Pattern.compile("^```sh\\n(.*?)^```\\n(?:\\n*```text\\n(.*?)^```)?",
            Pattern.DOTALL | Pattern.MULTILINE);
    static final Pattern EXIT_CODE = Pattern.compile("#\\s*exit code (\\d)\\s*$");
    /** The test command is the running build itself; {@link ReadmeTest} holds it to what CI runs. */
    static final String THE_BUILD = "mvn -B verify";
    /** The analyst's inputs of the README's two-step walkthrough, from the import tests' end-to-end case. */
    static final Path TRIAL_TENANT = Path.of("src", "test", "resources", "ingest", "e2e", "trial-tenant");

    @TempDir
    static Path root;
    /** Where the commands' output is captured, outside the root they run in. */
    @TempDir
    static Path captured;

    /** One README command: its line number, the line as written, the exit code it must end with, the output shown after it. */
    record Command(int line, String text, int exitCode, String shownOutput) {
    }

    record Run(int exitCode, String out, String err) {
    }

    @TestFactory
    Stream<DynamicTest> everyCommandOfTheReadmeRunsWithTheExitCodeItGives() throws IOException {
        List<Command> commands = commands(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(commands).as("commands in README.md").hasSizeGreaterThan(5);
        prepareRoot();
        return commands.stream().map(c -> DynamicTest.dynamicTest("README.md:" + c.line() + ": " + c.text(), () -> {
            Run run = bash(c.text());
            assertThat(run.exitCode()).as("exit code of README.md:%d %s%nstdout:%n%s%nstderr:%n%s", c.line(), c.text(),
                    run.out(), run.err()).isEqualTo(c.exitCode());
            assertThat(run.err()).as("README.md:%d printed a stack trace", c.line()).doesNotContain("\tat ");
            if (c.shownOutput() != null) {
                assertThat(linesInOrder(c.shownOutput(), run.out() + run.err()))
                        .as("README.md:%d shows output the command does not print", c.line()).isEmpty();
            }
        }));
    }

    /**
     * Every line of an sh block is a mailblock command or the build; anything else would be a command no
     * test runs. A text block right after an sh block shows what its last command prints.
     */
    static List<Command> commands(String readme) {
        List<Command> found = new ArrayList<>();
        Matcher block = SH_BLOCK.matcher(readme);
        while (block.find()) {
            int first = lineOf(readme, block.start(1));
            String[] lines = block.group(1).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.equals(THE_BUILD)) {
                    continue;
                }
                assertThat(line).as("README.md:%d: an sh block holds only mailblock commands and %s", first + i, THE_BUILD)
                        .matches("^(\\./)?mailblock( .*)?$");
                Matcher code = EXIT_CODE.matcher(line);
                boolean last = i == lines.length - 1;
                found.add(new Command(first + i, line, code.find() ? Integer.parseInt(code.group(1)) : 0,
                        last ? block.group(2) : null));
            }
        }
        return found;
    }

    /** The lines of {@code shown}, but for {@code ...}, missing from {@code printed} or out of its order. */
    static List<String> linesInOrder(String shown, String printed) {
        List<String> printedLines = printed.lines().toList();
        List<String> missing = new ArrayList<>();
        int at = 0;
        for (String line : shown.lines().toList()) {
            if (line.strip().equals("...")) {
                continue;
            }
            int found = printedLines.subList(at, printedLines.size()).indexOf(line);
            if (found < 0) {
                missing.add(line);
            } else {
                at += found + 1;
            }
        }
        return missing;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
    }

    /** The repository root as the README's reader has it, with this build's CLI as {@code ./mailblock}. */
    private static void prepareRoot() throws IOException {
        Path repository = Path.of("").toAbsolutePath();
        try (Stream<Path> entries = Files.list(repository)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!Set.of("mailblock", "target", ".git").contains(name)) {
                    Files.createSymbolicLink(root.resolve(name), entry);
                }
            }
        }
        Files.copy(TRIAL_TENANT.resolve("bounce-5.7.708.eml"), root.resolve("bounce.eml"));
        Path exports = Files.createDirectories(root.resolve("exports"));
        try (Stream<Path> files = Files.list(TRIAL_TENANT.resolve("exports"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, exports.resolve(file.getFileName()));
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cli = "#!/usr/bin/env bash\nexec '" + java + "' -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "
                + "-Dmailblock.cache.dir='" + System.getProperty("mailblock.cache.dir", repository.resolve("target/rule-cache").toString())
                + "' org.mailblock.cli.MailblockCli \"$@\"\n";
        Path launcher = root.resolve("mailblock");
        Files.writeString(launcher, cli);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** One README line in bash, from the root, with {@code mailblock} on the PATH as the launcher does it. */
    private static Run bash(String line) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -o pipefail; " + line).directory(root.toFile());
        Map<String, String> env = builder.environment();
        env.put("PATH", root + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("CLASSPATH", System.getProperty("java.class.path"));
        env.put("MAILBLOCK_RULES", Path.of("rules").toAbsolutePath().toString());   // as the launcher sets it
        env.remove("MAILBLOCK_JAVA_OPTS");
        Path out = Files.createTempFile(captured, "out", ".txt");
        Path err = Files.createTempFile(captured, "err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("README command did not end within 3 minutes: " + line);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
