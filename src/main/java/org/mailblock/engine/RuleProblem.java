package org.mailblock.engine;

/**
 * A problem in the rule base: a DRL compile error, a malformed catalogue entry, a rule without
 * its metadata.
 *
 * @param file    the rule file as the user knows it, for example {@code rules/causes-compromise.drl}
 * @param line    the line, from 1; 0 when the problem concerns the whole file
 * @param column  the column, from 1; 0 when unknown
 * @param level   {@code error} or {@code warning}
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String level, String message) {

    /** The problem as {@code file:line:column: level: message}, the form editors and CI logs link. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(level).append(": ").append(message).toString();
    }
}
