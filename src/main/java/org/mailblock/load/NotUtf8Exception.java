package org.mailblock.load;

import java.io.IOException;

/**
 * The bytes of a fact file are not UTF-8 text; carries where the first bad byte is, as a line and
 * column or, so that reading needs no position bookkeeping, as the number of characters before it.
 */
final class NotUtf8Exception extends IOException {

    private final int line;
    private final int column;
    private final long charsBefore;

    NotUtf8Exception(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
        this.charsBefore = -1;
    }

    NotUtf8Exception(String message, long charsBefore) {
        super(message);
        this.line = 0;
        this.column = 0;
        this.charsBefore = charsBefore;
    }

    /** The characters read before the bad byte, or -1 when the line and column are given instead. */
    long charsBefore() {
        return charsBefore;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
