package org.mailblock.ingest;

import org.mailblock.ingest.bounce.TextDecoder;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void utf7IsDecodedAsRfc2152Describes() {
        assertThat(TextDecoder.decode(ascii("Hi Mom -+Jjo--!"), "unicode-1-1-utf-7")).isEqualTo("Hi Mom -\u263a-!");
        assertThat(TextDecoder.decode(ascii("+ZeVnLIqe-"), "UTF-7")).isEqualTo("\u65e5\u672c\u8a9e");
        assertThat(TextDecoder.decode(ascii("1 +- 1 = 2"), "utf-7")).isEqualTo("1 + 1 = 2");
    }

    @Test
    void brokenUtf7KeepsTheReadableText() {
        assertThat(TextDecoder.decode(ascii("550 5.1.1 +A-"), "utf-7")).startsWith("550 5.1.1 ");
    }

    @Test
    void anUnknownCharsetFallsBackSoThatAsciiStaysReadable() {
        assertThat(TextDecoder.decode(ascii("Status: 5.7.705"), "x-no-such-charset")).isEqualTo("Status: 5.7.705");
    }
}
