package org.mailblock.cli;

import org.mailblock.facts.VisibleText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;

/** Writes a finished report to standard output, or to a file replaced in one step. */
final class Output {

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
            cli.getErr().println(VisibleText.of("mailblock: cannot write " + file + ": " + e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
    }

    /** Writes the text to a temporary file beside the target and moves it into place in one step. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
