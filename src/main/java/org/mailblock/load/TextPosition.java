package org.mailblock.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A line and column in text, advanced character by character. Counts like the YAML reader does:
 * columns in code points, and CR, LF, CRLF, NEL, LS and PS each end a line.
 */
final class TextPosition {

    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;

    /** The position of the code point with the given 0-based index in the text the reader gives. */
    static TextPosition ofCodePoint(Reader text, long codePointIndex) throws IOException {
        Reader buffered = new BufferedReader(text);
        TextPosition position = new TextPosition();
        long seen = 0;
        int c;
        while (seen < codePointIndex && (c = buffered.read()) >= 0) {
            position.advance((char) c);
            if (!Character.isHighSurrogate((char) c)) {
                seen++;
            }
        }
        return position;
    }

    /** The position after the given number of characters of the text the reader gives. */
    static TextPosition afterChars(Reader text, long count) throws IOException {
        TextPosition position = new TextPosition();
        char[] buffer = new char[8192];
        long left = count;
        while (left > 0) {
            int read = text.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            position.advance(buffer, 0, read);
            left -= read;
        }
        return position;
    }

    /** Moves past the given characters. */
    void advance(char[] chars, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            advance(chars[i]);
        }
    }

    /** Moves past one character. */
    void advance(char c) {
        if (c == '\n') {
            if (!afterCarriageReturn) {
                newLine();
            }
            afterCarriageReturn = false;
        } else if (c == '\r') {
            newLine();
            afterCarriageReturn = true;
        } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
            newLine();
            afterCarriageReturn = false;
        } else {
            afterCarriageReturn = false;
            if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    private void newLine() {
        line++;
        column = 1;
    }
}
