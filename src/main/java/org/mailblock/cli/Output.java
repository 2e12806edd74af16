package org.mailblock.cli;

import org.mailblock.facts.VisibleText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Writes a finished report to standard output, or to a file replaced in one step. A file is written
 * beside its target as {@code .NAME.PID.RANDOM.part} and renamed over it: a new file gets the
 * permissions the umask gives, an existing one keeps its own, a symbolic link keeps pointing where it
 * did (the file it names is replaced), and a failed write leaves the target as it was.
 */
final class Output {

    /** The leftover of a write whose process died before the rename: {@code .NAME.PID.RANDOM.part}. */
    private static final Pattern PART = Pattern.compile("\\.(.+)\\.(\\d+)\\.[0-9a-f]+\\.part");

    private Output() {
    }

    /** Writes the report and returns the exit code: OK, or BAD_INPUT when the file cannot be written. */
    static int write(CommandLine cli, Path file, String report) {
        if (file == null) {
            cli.getOut().print(report);
            cli.getOut().flush();
            return ExitCodes.OK;
        }
        try {
            writeAtomically(file, report);
            return ExitCodes.OK;
        } catch (IOException e) {
            cli.getErr().println(VisibleText.of("mailblock: cannot write " + file + ": " + reason(e) + "; it was left as it was."));
            return ExitCodes.BAD_INPUT;
        }
    }

    /** Writes the text to a temporary file beside the target and moves it into place in one step. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path target = followLinks(file.toAbsolutePath());
        Path folder = target.getParent();
        String name = target.getFileName().toString();
        removeLeftovers(folder, name);
        Path temp = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
        try {
            // created without explicit permissions, so the umask decides them as for any new file
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Refuses an output file that is one of the inputs: writing the report over the fact file it came from
     * would destroy the input.
     */
    static void refuseInput(Path output, Collection<Path> inputs) {
        if (output == null || !Files.exists(output)) {
            return;
        }
        for (Path input : inputs) {
            try {
                if (!FactInput.isStdin(input) && Files.exists(input) && Files.isSameFile(output, input)) {
                    throw new UsageError("--output " + output + " is the input " + input
                            + "; writing there would destroy it. Name another file.");
                }
            } catch (IOException e) {
                // an input that cannot be compared is reported when it is read
            }
        }
    }

    /** The message of a failed write, without Java's exception names. */
    static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** The file a chain of symbolic links ends at, so that the link itself stays; the path itself when it is no link. */
    private static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == 40) {
                throw new IOException("too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(current);
            current = current.resolveSibling(link).normalize();
        }
        return current;
    }

    /** Gives the new file the permissions of the file it replaces, where the file system has POSIX permissions. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<PosixFilePermission> existing = Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
        view.setPermissions(existing);
    }

    /** Removes temporary files of earlier writes to the same target whose process no longer runs (killed before the rename). */
    private static void removeLeftovers(Path folder, String name) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "." + globQuote(name) + ".*.part")) {
            for (Path part : parts) {
                Matcher m = PART.matcher(part.getFileName().toString());
                if (m.matches() && m.group(1).equals(name) && !running(m.group(2))) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | RuntimeException e) {
            // leftovers cost only space; the write itself decides success
        }
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String globQuote(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
