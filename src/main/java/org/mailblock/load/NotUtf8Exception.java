package org.mailblock.load;

import java.io.IOException;

/** The bytes of a fact file are not UTF-8 text; carries where the first bad byte is. */
final class NotUtf8Exception extends IOException {

    private final int line;
    private final int column;

    NotUtf8Exception(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
