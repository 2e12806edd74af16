package org.mailblock.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and stops at the first byte that is not UTF-8, reporting how many characters came
 * before it (the line and column are worked out from that only when needed), instead of silently
 * turning it into a replacement character.
 */
final class StrictUtf8Reader extends Reader {

    private static final int BUFFER_SIZE = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private long delivered;
    private boolean endOfInput;
    private int badByte = -1;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (badByte >= 0) {
            throw notUtf8();
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                badByte = bytes.get(bytes.position()) & 0xFF;
                break;
            }
            if (result.isOverflow() || endOfInput) {
                break;
            }
            fill();
        }
        int count = out.position() - offset;
        if (count == 0) {
            if (badByte >= 0) {
                throw notUtf8();
            }
            return -1;
        }
        // the text before a bad byte is delivered first; counting it is all the bookkeeping reading needs
        delivered += count;
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private NotUtf8Exception notUtf8() {
        return new NotUtf8Exception(String.format("the file is not UTF-8 text: byte 0x%02X is not valid UTF-8; "
                + "save the file as UTF-8", badByte), delivered);
    }
}
