package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code mailblock} launcher in a checkout whose jar is built: an edit under rules/ needs no build, and broken
 * rules are reported by the command itself. Maven on the PATH is a stand-in that records being called and fails.
 */
class LauncherIT {

    private static final String SAMPLE = "open-relay-hybrid-server.yaml";
    private static final String NOTE = "mailblock: using the rules in rules/, which differ from the rules packaged in the jar\n";

    @TempDir
    Path checkout;

    private Path mavenCalled;
    private Path fakeMavenFolder;

    @BeforeEach
    void aCheckoutWithABuiltJar() throws IOException {
        Files.copy(Path.of("mailblock"), checkout.resolve("mailblock"));
        Files.createDirectories(checkout.resolve("target"));
        Files.copy(PackagedCliIT.JAR, checkout.resolve("target/mailblock-cli.jar"));
        copyTree(Path.of("rules"), checkout.resolve("rules"));
        Files.createDirectories(checkout.resolve("facts-samples"));
        Files.copy(Path.of("facts-samples", SAMPLE), checkout.resolve("facts-samples").resolve(SAMPLE));
        fakeMavenFolder = Files.createDirectories(checkout.resolve("fake-bin"));
        mavenCalled = checkout.resolve("maven-was-called");
        Path mvn = fakeMavenFolder.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\ntouch '" + mavenCalled + "'\necho 'stand-in Maven: no build here' >&2\nexit 1\n");
        assertThat(mvn.toFile().setExecutable(true)).isTrue();
    }

    @Test
    void unchangedRulesRunThePackagedRulesWithoutANote() throws Exception {
        Result r = launch("diagnose", "facts-samples/" + SAMPLE);
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).contains("compromised-on-premises-server");
        assertThat(mavenCalled).doesNotExist();
    }

    @Test
    void aServiceKeepsTheJvmsCompilersWhileOneOffCommandsStartFast() throws Exception {
        Map<String, String> flags = Map.of("MAILBLOCK_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        Result serve = run(List.of("bash", checkout.resolve("mailblock").toString(), "serve", "--help"), checkout, flags);
        Result check = run(List.of("bash", checkout.resolve("mailblock").toString(), "check", "--help"), checkout, flags);

        assertThat(serve.code).as(serve.err).isZero();
        assertThat(serve.out.lines().findFirst().orElseThrow()).doesNotContain("TieredStopAtLevel").doesNotContain("UseSerialGC");
        assertThat(check.out.lines().findFirst().orElseThrow()).contains("-XX:TieredStopAtLevel=1", "-XX:MaxTenuringThreshold=0");
    }

    @Test
    void anEditedRuleIsUsedWithoutABuildAndSaidInOneLine() throws Exception {
        editRule("messages/en.yaml", "relays mail for anyone\"", "relays mail for anyone at all\"");
        Result diagnose = launch("diagnose", "facts-samples/" + SAMPLE);
        assertThat(diagnose.code).as(diagnose.err).isZero();
        assertThat(diagnose.err).isEqualTo(NOTE);
        assertThat(diagnose.out).contains("relays mail for anyone at all");
        Result check = launch("check");
        assertThat(check.code).as(check.err).isZero();
        assertThat(check.err).isEqualTo(NOTE);
        assertThat(mavenCalled).doesNotExist();
    }

    @Test
    void anExplicitRulesFolderWinsOverTheCheckoutsRules() throws Exception {
        editRule("messages/en.yaml", "relays mail for anyone\"", "relays mail for anyone at all\"");
        Path own = checkout.resolve("own-rules");
        copyTree(Path.of("rules"), own);
        Result r = launch("diagnose", "--rules", "own-rules", "facts-samples/" + SAMPLE);
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).contains("relays mail for anyone").doesNotContain("anyone at all");
    }

    @Test
    void aBrokenRuleGivesItsPositionAndExitCodeThreeFromEveryCommandThatReadsRules() throws Exception {
        Path plan = checkout.resolve("rules/plan.drl");
        Files.writeString(plan, Files.readString(plan) + "\nrule \"broken\" when Nonsense( then end\n");
        Result check = launch("check");
        assertThat(check.code).as(check.err).isEqualTo(3);
        assertThat(check.out).containsPattern("rules/plan\\.drl:\\d+:\\d+: error");
        for (List<String> command : List.of(List.of("diagnose", "facts-samples/" + SAMPLE), List.of("packet", "facts-samples/" + SAMPLE),
                List.of("test"), List.of("explain", "facts-samples/" + SAMPLE))) {
            Result r = launch(command.toArray(String[]::new));
            assertThat(r.code).as(command + ": " + r.err).isEqualTo(3);
            assertThat(r.err).as(command.toString()).containsPattern("rules/plan\\.drl:\\d+(:\\d+)?")
                    .doesNotContain("[ERROR]").doesNotContain("\tat ");
        }
        assertThat(mavenCalled).doesNotExist();
    }

    @Test
    void aChainOfSymlinksOnThePathFindsTheCheckoutFromAnyFolder() throws Exception {
        Path bin = Files.createDirectories(checkout.resolve("elsewhere/bin"));
        Path first = Files.createSymbolicLink(bin.resolve("mailblock-link"), checkout.resolve("mailblock"));
        Path other = Files.createDirectories(checkout.resolve("elsewhere/other"));
        Files.createSymbolicLink(other.resolve("mailblock"), other.relativize(first));
        Path work = Files.createDirectories(checkout.resolve("elsewhere/work"));
        Files.copy(checkout.resolve("facts-samples").resolve(SAMPLE), work.resolve(SAMPLE));
        Result r = run(List.of("bash", other.resolve("mailblock").toString(), "diagnose", SAMPLE), work);
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("compromised-on-premises-server");
        assertThat(mavenCalled).doesNotExist();
    }

    @Test
    void aChangedJavaSourceStillRebuildsTheJar() throws Exception {
        Path source = Files.createDirectories(checkout.resolve("src/main/java")).resolve("Changed.java");
        Files.writeString(source, "class Changed {}\n");
        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Result r = launch("check");
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).contains("mailblock: the build failed");
        assertThat(mavenCalled).exists();
    }

    private void editRule(String file, String from, String to) throws IOException {
        Path drl = checkout.resolve("rules").resolve(file);
        String text = Files.readString(drl);
        assertThat(text).contains(from);
        Files.writeString(drl, text.replace(from, to));
    }

    private record Result(int code, String out, String err) {
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("mailblock").toString()));
        command.addAll(List.of(args));
        return run(command, checkout);
    }

    private Result run(List<String> command, Path folder) throws IOException, InterruptedException {
        return run(command, folder, Map.of());
    }

    private Result run(List<String> command, Path folder, Map<String, String> extraEnvironment) throws IOException, InterruptedException {
        Path out = Files.createTempFile("mailblock-out-", ".txt");
        Path err = Files.createTempFile("mailblock-err-", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.remove(RuleFolder.CHECKOUT);
            env.put("PATH", fakeMavenFolder + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
            env.put("MAILBLOCK_CDS", "off");
            env.put("MAILBLOCK_CACHE_DIR", checkout.resolve("rule-cache").toString());
            env.putAll(extraEnvironment);
            Process p = builder.start();
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
