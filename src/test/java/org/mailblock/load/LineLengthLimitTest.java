package org.mailblock.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineLengthLimitTest {

    private static String readAll(String text) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Reader r = new LineLengthLimit(new StringReader(text))) {
            char[] buffer = new char[7];
            for (int n = r.read(buffer, 0, buffer.length); n >= 0; n = r.read(buffer, 0, buffer.length)) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    @Test
    void linesUpToTheLimitPassUnchanged() throws IOException {
        String text = "a: 1\r\nb: \u00e9\u2028c\u0085d\re\n" + "x".repeat(LineLengthLimit.MAX_LINE) + "\n";
        assertThat(readAll(text)).isEqualTo(text);
    }

    @Test
    void aLongerLineIsNamedAfterCountingEveryKindOfLineBreak() {
        // CRLF counts once; CR, NEL, LS and PS count as line breaks too
        String text = "1\r\n2\r3\u00854\u20285\u20296\n" + "y".repeat(LineLengthLimit.MAX_LINE + 1);
        assertThatThrownBy(() -> readAll(text)).isInstanceOf(LineLengthLimit.LineTooLongException.class)
                .satisfies(e -> assertThat(((LineLengthLimit.LineTooLongException) e).line()).isEqualTo(7));
    }

    @Test
    void aLineBreakResetsTheCountWhateverCharactersCameBefore() throws IOException {
        String almost = "\u00e4".repeat(LineLengthLimit.MAX_LINE);
        assertThat(readAll(almost + "\u2029" + almost)).hasSize(2 * LineLengthLimit.MAX_LINE + 1);
    }
}
