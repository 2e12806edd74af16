package org.mailblock.load;

import org.mailblock.facts.VisibleText;

/**
 * One problem in a fact file, with where it is.
 *
 * @param file    the file as the user named it, or the source name given for text
 * @param line    the line, from 1; 0 when the problem concerns the file as a whole (for example, not found)
 * @param column  the column, from 1; 0 together with line 0
 * @param path    the field, for example {@code connectors[1].createdAt}; empty when no field applies
 * @param message what is wrong and what was expected
 */
public record FactFileProblem(String file, int line, int column, String path, String message) {

    /**
     * Normalizes a missing path to the empty path, and escapes the characters of the file name, path
     * and message that would break the line or stay invisible (see {@link VisibleText}).
     *
     * @param file    the file as the user named it, or the source name given for text
     * @param line    the line, from 1; 0 when the problem concerns the file as a whole
     * @param column  the column, from 1; 0 together with line 0
     * @param path    the field, or {@code null} or empty when no field applies
     * @param message what is wrong and what was expected
     */
    public FactFileProblem {
        // a problem is one line of visible text, whatever characters the file held
        file = VisibleText.of(file);
        path = path == null ? "" : VisibleText.of(path);
        message = VisibleText.of(message);
    }

    /**
     * The problem on one line, the way compilers report errors:
     * {@code file:line:column: path: message}, leaving out the path when there is none and the
     * position when the problem concerns the whole file.
     *
     * @return the formatted problem
     */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}
