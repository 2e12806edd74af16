package org.mailblock.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The path of an assumption: fields separated by dots, a list's entries chosen by {@code [n]}
 * (position from 0), {@code [key=value]} (entries whose field has that value; a new entry when
 * none has), {@code [*]} (every entry) or {@code [+]} (a new entry at the end), for example
 * {@code admins[upn=helpdesk@contoso.com].mfa}.
 */
record PatchPath(List<Segment> segments) {

    /** How a segment picks the entries of a list. */
    enum Pick { NONE, INDEX, KEY, ALL, APPEND }

    /** One field, with how it picks list entries when it names a list. */
    record Segment(String field, Pick pick, int index, String key, String keyValue) {
    }

    PatchPath {
        segments = List.copyOf(segments);
    }

    /** Parses a path, or says in one sentence what is wrong with it. */
    static PatchPath parse(String text) throws IllegalArgumentException {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i <= text.length()) {
            int start = i;
            while (i < text.length() && text.charAt(i) != '.' && text.charAt(i) != '[') {
                i++;
            }
            String field = text.substring(start, i);
            if (!field.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException(field.isEmpty() ? "a field name is missing at position " + (start + 1)
                        : "'" + field + "' is not a field name");
            }
            Segment segment = new Segment(field, Pick.NONE, 0, null, null);
            if (i < text.length() && text.charAt(i) == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("'[' after '" + field + "' is not closed by ']'");
                }
                segment = pick(field, text.substring(i + 1, close));
                i = close + 1;
            }
            out.add(segment);
            if (i == text.length()) {
                break;
            }
            if (text.charAt(i) != '.') {
                throw new IllegalArgumentException("expected '.' or the end after '" + text.substring(0, i) + "'");
            }
            i++;
        }
        return new PatchPath(out);
    }

    private static Segment pick(String field, String inside) {
        if (inside.equals("*")) {
            return new Segment(field, Pick.ALL, 0, null, null);
        }
        if (inside.equals("+")) {
            return new Segment(field, Pick.APPEND, 0, null, null);
        }
        if (inside.matches("\\d{1,9}")) {
            return new Segment(field, Pick.INDEX, Integer.parseInt(inside), null, null);
        }
        int eq = inside.indexOf('=');
        if (eq > 0 && inside.substring(0, eq).matches("[A-Za-z][A-Za-z0-9]*") && eq < inside.length() - 1) {
            return new Segment(field, Pick.KEY, 0, inside.substring(0, eq), inside.substring(eq + 1));
        }
        throw new IllegalArgumentException("'" + field + "[" + inside + "]' picks no entry; write " + field + "[0], "
                + field + "[name=value], " + field + "[*] or " + field + "[+]");
    }
}
