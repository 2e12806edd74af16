package org.mailblock.ingest.bounce;

import java.io.ByteArrayOutputStream;

/**
 * Prepares the bytes of a message file for a MIME parser: every line ending (CRLF, LF or a bare CR, as
 * old Mac mail stores them) becomes CRLF, and what comes before the first header (an mbox {@code From }
 * line, blank lines, padding) is dropped.
 */
final class RawMessage {

    private RawMessage() {
    }

    static byte[] prepare(byte[] bytes) {
        byte[] crlf = toCrlf(bytes);
        int start = skipLeadingJunk(crlf);
        byte[] out = new byte[crlf.length - start];
        System.arraycopy(crlf, start, out, 0, out.length);
        return out;
    }

    static byte[] toCrlf(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bytes.length / 20);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\r') {
                out.write('\r');
                out.write('\n');
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else if (b == '\n') {
                out.write('\r');
                out.write('\n');
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static int skipLeadingJunk(byte[] crlf) {
        int i = 0;
        while (true) {
            int lineEnd = lineEnd(crlf, i);
            if (lineEnd < 0) {
                return i;
            }
            boolean blank = true;
            for (int j = i; j < lineEnd; j++) {
                if (crlf[j] != ' ' && crlf[j] != '\t') {
                    blank = false;
                    break;
                }
            }
            boolean mboxFrom = lineEnd - i >= 5 && crlf[i] == 'F' && crlf[i + 1] == 'r' && crlf[i + 2] == 'o'
                    && crlf[i + 3] == 'm' && crlf[i + 4] == ' ';
            if (!blank && !mboxFrom) {
                return i;
            }
            i = lineEnd + 2;
        }
    }

    private static int lineEnd(byte[] crlf, int from) {
        for (int i = from; i + 1 < crlf.length; i++) {
            if (crlf[i] == '\r' && crlf[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the bytes contain the blank line that ends the header section. */
    static boolean hasHeaderEnd(byte[] crlf) {
        for (int i = 0; i + 3 < crlf.length; i++) {
            if (crlf[i] == '\r' && crlf[i + 1] == '\n' && crlf[i + 2] == '\r' && crlf[i + 3] == '\n') {
                return true;
            }
        }
        return false;
    }
}
