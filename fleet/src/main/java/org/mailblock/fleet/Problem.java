package org.mailblock.fleet;

import org.mailblock.load.FactFileProblem;

/**
 * One problem in a record's value.
 *
 * @param line    the line in the record's value, from 1; 0 when no position applies
 * @param column  the column, from 1; 0 together with line 0
 * @param path    the field, for example {@code code} or {@code connectors[1].createdAt}; empty when no field applies
 * @param message what is wrong and what was expected
 */
public record Problem(int line, int column, String path, String message) {

    /** A problem with the whole value, at no position. */
    public static Problem of(String message) {
        return new Problem(0, 0, "", message);
    }

    /** The loader's problem, with its position and path as they are. */
    static Problem of(FactFileProblem p) {
        return new Problem(p.line(), p.column(), p.path(), p.message());
    }
}
