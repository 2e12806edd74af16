package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user meets it: unpacked in one folder, its command linked from a second, run in a third;
 * bash completion and man pages from the archive.
 */
class DistributionIT {

    private static final Path ARCHIVE = Path.of(System.getProperty("mailblock.dist.archive", "target/mailblock-dist.tar.gz"));
    private static final String SAMPLE = "open-relay-hybrid-server.yaml";

    @TempDir
    static Path tmp;

    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path unpacked = Files.createDirectories(tmp.resolve("opt"));
        Result tar = run(unpacked, List.of("tar", "xzf", ARCHIVE.toAbsolutePath().toString()), Map.of());
        assertThat(tar.code).as(tar.err).isZero();
        try (var top = Files.list(unpacked)) {
            home = top.findFirst().orElseThrow();
        }
    }

    @Test
    void theArchiveHoldsTheJarLaunchersCompletionManPagesLicenseAndReadme() {
        assertThat(home.getFileName().toString()).startsWith("mailblock-");
        assertThat(home.resolve("lib/mailblock-cli.jar")).isRegularFile();
        assertThat(home.resolve("bin/mailblock")).isExecutable();
        assertThat(home.resolve("bin/mailblock.cmd")).content().contains("%~dp0").contains("\r\n");
        assertThat(home.resolve("completion/mailblock.bash")).isRegularFile();
        assertThat(home.resolve("LICENSE")).isRegularFile();
        assertThat(home.resolve("README.md")).content().contains("bin/mailblock");
        assertThat(home.resolve("man/man1/mailblock.1")).content().startsWith("'\\\" t").contains(".TH \"MAILBLOCK\"");
        assertThat(home.resolve("man/man1/mailblock-diagnose.1")).content().contains("\\-\\-format");
    }

    @Test
    void theZipHoldsWhatTheTarHolds() throws IOException {
        Path zip = Path.of(ARCHIVE.toString().replaceAll("\\.tar\\.gz$", ".zip"));
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
        }
        String top = home.getFileName() + "/";
        assertThat(names).contains(top + "lib/mailblock-cli.jar", top + "bin/mailblock", top + "bin/mailblock.cmd",
                top + "completion/mailblock.bash", top + "man/man1/mailblock.1", top + "LICENSE", top + "README.md");
    }

    @Test
    void diagnoseRunsFromAnotherFolderThroughAChainOfSymlinks() throws Exception {
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("mailblock"), home.resolve("bin/mailblock"));
        // a relative link to the link: the launcher follows both steps
        Files.createSymbolicLink(links.resolve("mb"), Path.of("mailblock"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.copy(Path.of("facts-samples", SAMPLE), work.resolve(SAMPLE));

        Result r = run(work, List.of(links.resolve("mb").toString(), "diagnose", SAMPLE),
                Map.of("JAVA_HOME", System.getProperty("java.home"), "PATH", "/usr/bin:/bin",
                        "MAILBLOCK_CACHE_DIR", tmp.resolve("links-cache").toString()));

        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("compromised-on-premises-server");
        assertThat(r.err).isEmpty();
    }

    @Test
    void theFirstDiagnosisKeepsAClassArchiveThatLaterRunsStartFrom() throws Exception {
        Path cache = tmp.resolve("cds-cache");
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "MAILBLOCK_CACHE_DIR", cache.toString());
        String launcher = home.resolve("bin/mailblock").toString();
        String sample = Path.of("facts-samples", SAMPLE).toAbsolutePath().toString();

        Result version = run(tmp, List.of(launcher, "--version"), env);
        assertThat(cache).doesNotExist();
        Result first = run(tmp, List.of(launcher, "diagnose", sample), env);
        List<Path> archives;
        try (var files = Files.list(cache.resolve("cds"))) {
            archives = files.toList();
        }
        Result second = run(tmp, List.of(launcher, "diagnose", sample), env);

        assertThat(version.code).isZero();
        assertThat(archives).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).matches("mailblock-\\d+\\.jsa"));
        assertThat(first.code).as(first.err).isZero();
        assertThat(first.err).isEmpty();
        assertThat(second.err).isEmpty();
        assertThat(second.out).isEqualTo(first.out).contains("compromised-on-premises-server");
    }

    @Test
    void withoutClassDataSharingNothingIsWrittenToTheCache() throws Exception {
        Path cache = tmp.resolve("no-cds-cache");
        Result r = run(tmp, List.of(home.resolve("bin/mailblock").toString(), "diagnose", Path.of("facts-samples", SAMPLE).toAbsolutePath().toString()),
                Map.of("JAVA_HOME", System.getProperty("java.home"), "MAILBLOCK_CACHE_DIR", cache.toString(), "MAILBLOCK_CDS", "off"));
        assertThat(r.code).as(r.err).isZero();
        assertThat(cache).doesNotExist();
    }

    @Test
    void aServiceKeepsTheJvmsCompilersWhileOneOffCommandsStartFast() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "MAILBLOCK_CDS", "off",
                "MAILBLOCK_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        String launcher = home.resolve("bin/mailblock").toString();

        Result serve = run(tmp, List.of(launcher, "serve", "--help"), env);
        Result diagnose = run(tmp, List.of(launcher, "diagnose", "--help"), env);

        assertThat(serve.code).as(serve.err).isZero();
        assertThat(serve.out.lines().findFirst().orElseThrow()).doesNotContain("TieredStopAtLevel").doesNotContain("UseSerialGC");
        assertThat(diagnose.out.lines().findFirst().orElseThrow()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:MaxTenuringThreshold=0");
    }

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        assertThat(complete("mailblock", "dia")).containsExactly("diagnose");
        assertThat(complete("mailblock", "diagnose", "--form")).containsExactly("--format");
        assertThat(complete("mailblock", "check", "--format", "''")).containsExactly("json", "sarif", "text");
        assertThat(complete("mailblock", "import", "n")).containsExactly("ndr");
    }

    @Test
    void theInstallGuidesStepsInstallRunCompleteAndShowTheManPage() throws Exception {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("docs", "install.md")));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        Path user = Files.createDirectories(tmp.resolve("guide-home"));
        Path work = Files.createDirectories(tmp.resolve("guide-work"));
        Files.copy(ARCHIVE, work.resolve(ARCHIVE.getFileName()));
        Files.copy(Path.of("facts-samples", SAMPLE), work.resolve("tenant.yaml"));
        // installing and running (the archive section), bash completion, the man pages
        String script = "set -e\n" + blocks.get(0) + blocks.get(1)
                + "complete -p mailblock\n" + blocks.get(3).replace("man ", "man -w ");

        Result r = run(work, List.of("bash", "-c", script), Map.of("HOME", user.toString(),
                "PATH", user.resolve(".local/bin") + ":/usr/bin:/bin", "JAVA_HOME", System.getProperty("java.home")));

        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("compromised-on-premises-server").containsPattern("complete .*-F \\S+ mailblock")
                .contains("man1/mailblock.1").contains("man1/mailblock-diagnose.1");
    }

    @Test
    void theJbangAliasRunsTheJarThisBuildWrites() throws IOException {
        var catalog = new ObjectMapper().readTree(Path.of("jbang-catalog.json").toFile());
        String ref = catalog.at("/aliases/mailblock/script-ref").asText();
        assertThat(Path.of(ref)).isRegularFile().hasSameBinaryContentAs(home.resolve("lib/mailblock-cli.jar"));
    }

    /** What bash completion offers for the last word, as when Tab is pressed after typing {@code words}. */
    private static List<String> complete(String... words) throws Exception {
        String script = "source '" + home.resolve("completion/mailblock.bash") + "'\n"
                + "COMP_WORDS=(" + String.join(" ", words) + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + String.join(" ", words) + "'\n"
                + "COMP_POINT=${#COMP_LINE}\n"
                // the function the script registers for the command, called as bash calls it on Tab
                + "fn=$(complete -p mailblock | sed -E 's/.*-F ([^ ]+).*/\\1/')\n"
                + "\"$fn\" mailblock \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Result r = run(tmp, List.of("bash", "-c", script), Map.of());
        assertThat(r.code).as(r.err).isZero();
        List<String> offered = new ArrayList<>(r.out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        Collections.sort(offered);
        return offered;
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Path dir, List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = builder.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
