package org.mailblock.ingest.bounce;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Decodes the bytes of a message part in its declared charset. Charsets the JDK lacks are common in
 * bounces (Outlook.com and Exchange 2003 write {@code unicode-1-1-utf-7}); UTF-7 is decoded here, and any
 * other unknown charset falls back to ISO-8859-1 so that the ASCII codes and addresses stay readable.
 */
public final class TextDecoder {

    private static final Base64.Decoder UTF7_BASE64 = Base64.getDecoder();

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String charsetName) {
        String name = charsetName == null ? "" : charsetName.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        if (name.equals("utf-7") || name.equals("unicode-1-1-utf-7") || name.equals("x-unicode-2-0-utf-7")) {
            return utf7(bytes);
        }
        Charset charset = lookup(name);
        return new String(bytes, charset);
    }

    private static Charset lookup(String name) {
        if (name.isEmpty()) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    /** RFC 2152: ASCII as is; {@code +...-} holds UTF-16BE in base64 without padding; {@code +-} is a plus sign. */
    static String utf7(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            char c = (char) (bytes[i] & 0xff);
            if (c != '+') {
                out.append(c);
                i++;
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < bytes.length && isBase64(bytes[end])) {
                end++;
            }
            if (end == start) {
                // "+-" is a literal plus; a lone "+" is kept as it is
                out.append('+');
                i = end < bytes.length && bytes[end] == '-' ? end + 1 : end;
                continue;
            }
            out.append(utf16(bytes, start, end));
            i = end < bytes.length && bytes[end] == '-' ? end + 1 : end;
        }
        return out.toString();
    }

    private static String utf16(byte[] bytes, int start, int end) {
        String chunk = new String(bytes, start, end - start, StandardCharsets.US_ASCII);
        int usable = chunk.length() - chunk.length() % 4;
        ByteArrayOutputStream decoded = new ByteArrayOutputStream();
        try {
            decoded.writeBytes(UTF7_BASE64.decode(chunk.substring(0, usable)));
            int rest = chunk.length() - usable;
            if (rest >= 2) {
                decoded.writeBytes(UTF7_BASE64.decode(chunk.substring(usable) + "==".substring(0, 4 - rest)));
            }
        } catch (IllegalArgumentException broken) {
            return chunk;
        }
        byte[] utf16 = decoded.toByteArray();
        return new String(utf16, 0, utf16.length - utf16.length % 2, StandardCharsets.UTF_16BE);
    }

    private static boolean isBase64(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+' || b == '/';
    }
}
