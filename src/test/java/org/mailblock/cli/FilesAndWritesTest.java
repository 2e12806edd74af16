package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI does with files it reads and writes when they are not what they seem, and when a write fails. */
class FilesAndWritesTest {

    private static final Path SAMPLE = Path.of("facts-samples/rogue-connector-after-admin-takeover.yaml");

    @TempDir
    Path dir;

    @Test
    void aReportThatCannotBeWrittenToStandardOutputFailsTheRun() {
        StringWriter err = new StringWriter();
        PrintWriter full = new PrintWriter(new java.io.OutputStreamWriter(new DiskFull(), StandardCharsets.UTF_8));
        int code = MailblockCli.run(new String[] {"diagnose", SAMPLE.toString()}, full, new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("mailblock: cannot write to standard output", "what was written is incomplete");
    }

    @Test
    void everyCommandFailsWhenStandardOutputIsFull() {
        for (String[] args : List.of(new String[] {"rules"}, new String[] {"schema"}, new String[] {"--help"},
                new String[] {"diagnose", "--format", "jsonl", SAMPLE.toString()})) {
            StringWriter err = new StringWriter();
            PrintWriter full = new PrintWriter(new java.io.OutputStreamWriter(new DiskFull(), StandardCharsets.UTF_8));
            assertThat(MailblockCli.run(args, full, new PrintWriter(err))).as(String.join(" ", args)).isNotZero();
        }
    }

    @Test
    void anOutputFileThatIsTheInputIsRefusedAndTheInputKept() throws IOException {
        Path facts = Files.copy(SAMPLE, dir.resolve("tenant.yaml"));
        byte[] before = Files.readAllBytes(facts);
        for (String command : List.of("diagnose", "packet")) {
            CliRun run = CliRun.of(command, "-o", facts.toString(), facts.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).contains("--output " + facts + " is the input", "would destroy it");
        }
        assertThat(Files.readAllBytes(facts)).isEqualTo(before);
    }

    @Test
    void anImportWhoseOutputIsOneOfItsInputsIsRefused() throws IOException {
        Path bounce = Files.copy(Path.of("src/test/resources/ingest/corpus/soe__lhost-office365-09.eml"), dir.resolve("bounce.eml"));
        byte[] before = Files.readAllBytes(bounce);
        CliRun run = CliRun.of("import", "-o", bounce.toString(), "ndr", bounce.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("is the input");
        assertThat(Files.readAllBytes(bounce)).isEqualTo(before);
    }

    @Test
    void aNewReportFileGetsThePermissionsOfAnyNewFileAndAReplacedOneKeepsItsOwn() throws IOException {
        Path fresh = dir.resolve("fresh.txt");
        assertThat(CliRun.of("diagnose", "-o", fresh.toString(), SAMPLE.toString()).exitCode()).isZero();
        Path reference = Files.writeString(dir.resolve("reference"), "x");
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(reference));

        Path shared = Files.writeString(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(CliRun.of("diagnose", "-o", shared.toString(), SAMPLE.toString()).exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
        assertThat(Files.readString(shared)).contains("ROOT CAUSES");
    }

    @Test
    void anOutputThatIsASymbolicLinkStaysOneAndTheFileItNamesGetsTheReport() throws IOException {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("reports")).resolve("report.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.txt"), Path.of("reports/report.txt"));
        assertThat(CliRun.of("diagnose", "-o", link.toString(), SAMPLE.toString()).exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("ROOT CAUSES");
    }

    @Test
    void theLeftoverOfARunKilledBeforeItsRenameIsRemovedByTheNextWrite() throws IOException {
        Path target = dir.resolve("report.txt");
        Path leftover = Files.writeString(dir.resolve(".report.txt." + deadPid() + ".1f2e.part"), "half a rep");
        Path otherFiles = Files.writeString(dir.resolve(".other.txt." + deadPid() + ".1f2e.part"), "not ours");
        Path running = Files.writeString(dir.resolve(".report.txt." + ProcessHandle.current().pid() + ".99.part"), "in flight");
        assertThat(CliRun.of("diagnose", "-o", target.toString(), SAMPLE.toString()).exitCode()).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(otherFiles).exists();
        assertThat(running).as("a write still in progress is left alone").exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.txt", otherFiles.getFileName().toString(), running.getFileName().toString());
        }
    }

    @Test
    void aReportThatCannotBeWrittenLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path readOnly = Files.createDirectories(dir.resolve("ro"));
        Path target = Files.writeString(readOnly.resolve("report.txt"), "old");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun run = CliRun.of("diagnose", "-o", target.toString(), SAMPLE.toString());
            if (Files.isWritable(readOnly)) {
                return; // root writes anywhere; nothing to observe here
            }
            assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).contains("cannot write " + target, "it was left as it was");
            assertThat(Files.readString(target)).isEqualTo("old");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aNamedPipeAsFactFileIsRefusedInsteadOfWaitedOn() throws Exception {
        Path fifo = fifo(dir.resolve("tenant.yaml"));
        for (String command : List.of("diagnose", "explain", "packet")) {
            CliRun run = CliRun.of(command, fifo.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(command).contains(fifo + ": ", "not a regular file", "pipe them to -");
        }
        CliRun imported = CliRun.of("import", "ndr", fifo.toString());
        assertThat(imported.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(imported.err()).contains(fifo + ": is not a regular file");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aBatchNamesEveryEntryItDoesNotReadAndCountsItAsFailed() throws Exception {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        Files.copy(SAMPLE, tenants.resolve("good.yaml"));
        fifo(tenants.resolve("pipe.yaml"));
        Files.createSymbolicLink(tenants.resolve("loop.yaml"), tenants.resolve("loop.yaml"));
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "password: hunter2\n");
        Files.createSymbolicLink(tenants.resolve("outside.yaml"), secret);
        Files.createSymbolicLink(tenants.resolve("inside.yaml"), tenants.resolve("good.yaml"));

        CliRun run = CliRun.of("diagnose", "--format", "jsonl", tenants.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(tenants.resolve("pipe.yaml") + ": not a regular file",
                tenants.resolve("loop.yaml") + ": a symbolic link that loops or leads nowhere",
                tenants.resolve("outside.yaml") + ": a symbolic link out of the folder given", "3 failed");
        assertThat(run.err() + run.out()).doesNotContain("hunter2");
        // the three entries left out are lines of the stream too, first, each with its reason
        assertThat(run.out().lines()).hasSize(5);
        assertThat(run.out().lines().limit(3)).allMatch(l -> l.contains("\"failed\":true,\"exitCode\":2"))
                .anyMatch(l -> l.contains("\"message\":\"a symbolic link that loops or leads nowhere; skipped\""));
    }

    @Test
    void aBatchReportThatCannotBeWrittenCountsAsFailed() throws IOException {
        Path tenants = Files.createDirectories(dir.resolve("tenants"));
        Files.copy(SAMPLE, tenants.resolve("a.yaml"));
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.createDirectories(reports.resolve("a.txt")); // a folder where the report should go
        CliRun run = CliRun.of("diagnose", "--output-dir", reports.toString(), tenants.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("cannot write " + reports.resolve("a.txt"));
        assertThat(run.out()).doesNotContain("0 failed");
    }

    private static Path fifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        return path;
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws IOException {
        try {
            Process p = new ProcessBuilder("true").start();
            p.waitFor();
            return p.pid();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A disk that is full: every write fails. */
    private static final class DiskFull extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }
}
