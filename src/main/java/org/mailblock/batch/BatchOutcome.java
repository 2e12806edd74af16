package org.mailblock.batch;

import java.nio.file.Path;
import org.mailblock.diagnosis.Diagnosis;

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
     * @param kind    bad input (the file) or broken rules
     * @param message what went wrong, every problem with its position, one per line
     */
    public record Failure(Kind kind, String message) {
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
