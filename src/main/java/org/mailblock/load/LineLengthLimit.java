package org.mailblock.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses YAML lines longer than {@link #MAX_LINE} characters. The YAML tokenizer copies its whole
 * window each time it reads on within one token, so the time a line takes grows with its square:
 * one 8 MB value took a minute. Within this limit a file of long lines reads at most about twice as
 * slowly as one of short lines; JSON has no such cost and no such limit.
 */
final class LineLengthLimit extends FilterReader {

    /** 64 Ki characters: far more than any value of a fact file needs, such as an NDR's text. */
    static final int MAX_LINE = 1 << 16;

    private int line = 1;
    private int column;
    private boolean afterCarriageReturn;

    LineLengthLimit(Reader text) {
        super(text);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int count = in.read(target, offset, length);
        for (int i = offset; i < offset + count; i++) {
            char c = target[i];
            if (c > '\r' && c < '\u0085') {
                // by far the most characters: no line break of any kind, one test instead of five
                if (++column > MAX_LINE) {
                    throw new LineTooLongException(line);
                }
                afterCarriageReturn = false;
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                if (c != '\n' || !afterCarriageReturn) {
                    line++;
                }
                column = 0;
            } else if (++column > MAX_LINE) {
                throw new LineTooLongException(line);
            }
            afterCarriageReturn = c == '\r';
        }
        return count;
    }

    /** A line of the text is longer than the limit; carries which one. */
    static final class LineTooLongException extends IOException {

        private final int line;

        LineTooLongException(int line) {
            super("line " + line + " is longer than " + MAX_LINE + " characters, the limit of a line in a YAML fact "
                    + "file; break the value over several lines, or write the fact file as JSON, which has no such limit");
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
