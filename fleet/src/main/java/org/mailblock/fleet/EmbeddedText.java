package org.mailblock.fleet;

import java.util.ArrayList;
import java.util.List;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileProblem;

/**
 * A record's value loaded as part of a fact file: text is inserted at one offset of the value, the whole is
 * loaded by mailblock's own loader, and the loader's problems are moved back to the value's own lines and columns.
 * The value must already be known to be one JSON object, so that no value can change the file's structure.
 *
 * @param before   the text put in front of the value's text
 * @param value    the record's value
 * @param offset   where in the value the inserted text goes
 * @param inserted the text inserted there
 * @param after    the text put after the value's text
 */
record EmbeddedText(String before, String value, int offset, String inserted, String after) {

    /** The name the loader reads the whole under; ending in .json, so that it is read as JSON. */
    private static final String NAME = "record.json";

    /** Loads the whole, or throws the problems at positions in the record's value. */
    FactFile load(FactFileLoader loader) throws FactFileException {
        String whole = before + value.substring(0, offset) + inserted + value.substring(offset) + after;
        try {
            return loader.load(NAME, whole);
        } catch (FactFileException e) {
            List<FactFileProblem> moved = new ArrayList<>();
            for (FactFileProblem p : e.problems()) {
                moved.add(new FactFileProblem("", p.line(), column(p.line(), p.column()), p.path(), p.message()));
            }
            throw new FactFileException(moved);
        }
    }

    /** Columns on the first line lose the text put before; columns after the insertion, on its line, lose it too. */
    private int column(int line, int column) {
        if (line <= 0) {
            return column;
        }
        int col = column;
        if (line == 1) {
            col -= before.length();
        }
        int insertLine = 1 + (int) value.substring(0, offset).chars().filter(c -> c == '\n').count();
        if (line == insertLine) {
            int lineStart = value.lastIndexOf('\n', offset - 1) + 1;
            int insertColumn = offset - lineStart + 1;
            if (col > insertColumn + inserted.length()) {
                col -= inserted.length();
            } else if (col > insertColumn) {
                col = insertColumn;
            }
        }
        return Math.max(1, col);
    }
}
