package org.mailblock.batch;

import java.nio.file.Path;
import java.util.List;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.load.FactFileProblem;

/**
 * What became of one file of a batch: its diagnosis and rendered report, or why it failed.
 *
 * @param file      the fact file
 * @param diagnosis the diagnosis as diagnosed (not localized), or {@code null} when the file failed
 * @param report    the report rendered for it, or {@code null} when it failed
 * @param failure   why it failed, or {@code null}
 */
public record BatchOutcome(Path file, Diagnosis diagnosis, String report, Failure failure) {

    /**
     * Why a file of a batch failed.
     *
     * @param kind     bad input (the file) or broken rules
     * @param message  what went wrong, every problem with its position, one per line
     * @param problems the same problems one by one, with file, line, column and field path (line and column 0
     *                 and an empty path when a problem concerns the whole file)
     */
    public record Failure(Kind kind, String message, List<FactFileProblem> problems) {

        /** Keeps the problems unmodifiable. */
        public Failure {
            problems = List.copyOf(problems);
        }

        /** A failure of the whole file, without a position: one problem whose message is {@code message} without the file's name. */
        public static Failure ofFile(Kind kind, Path file, String message) {
            String prefix = file + ": ";
            String bare = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
            return new Failure(kind, message, List.of(new FactFileProblem(file.toString(), 0, 0, "", bare)));
        }
    }

    /** What kind of failure, which decides the exit code. */
    public enum Kind {
        /** The file cannot be read or breaks the fact format. */
        BAD_INPUT,
        /** The rules broke while diagnosing it. */
        RULES_BROKEN
    }

    /** Whether the file was diagnosed. */
    public boolean ok() {
        return failure == null;
    }
}
