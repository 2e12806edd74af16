package org.mailblock.ingest;

/**
 * An input that could not be imported, or only in part.
 *
 * @param source  the file, as the user named it
 * @param line    the line of the problem, 0 when it is about the whole file
 * @param column  the column of the problem, 0 when it is about the whole file
 * @param message what is wrong, in words the user can act on
 */
public record InputProblem(String source, int line, int column, String message) {

    /** A problem with a whole file. */
    public static InputProblem of(String source, String message) {
        return new InputProblem(source, 0, 0, message);
    }

    /** {@code file:line:column: message}, or {@code file: message} without a position. */
    public String format() {
        return line > 0 ? source + ":" + line + ":" + column + ": " + message : source + ": " + message;
    }
}
