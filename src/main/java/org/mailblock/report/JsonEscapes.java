package org.mailblock.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;
import org.mailblock.facts.VisibleText;

/**
 * JSON escapes for every character {@link VisibleText} would escape, not only those JSON must:
 * the value stays the same for a JSON reader, and the raw JSON on a terminal or in a log cannot
 * be driven by escape sequences, broken by a line separator or reversed by a direction override.
 * Surrogates stay as they are, so that emoji keep their form.
 */
public final class JsonEscapes extends CharacterEscapes {

    /** One shared instance: it holds no state. */
    public static final JsonEscapes INSTANCE = new JsonEscapes();

    private final int[] ascii;

    private JsonEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (Character.isSurrogate((char) ch) || !VisibleText.needsEscape(ch)) {
            return null;
        }
        return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
    }
}
