package org.mailblock.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One thing pasted or dropped on the page, and whether it is a fact file or a bounce message. A name
 * ending in {@code .yaml}, {@code .yml} or {@code .json} is a fact file, as is text that starts with
 * '{' or has a {@code mailblock:} line; anything else is taken as a bounce message.
 *
 * @param name  the file's name, or {@code pasted text}
 * @param bytes what it holds
 */
record PageInput(String name, byte[] bytes) {

    /** The name problems give the text area's content. */
    static final String PASTED = "pasted text";

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^mailblock[ \\t]*:");

    /** What the page was asked to take the inputs as. */
    enum Kind { AUTO, FACTS, BOUNCE }

    boolean isFactFile(Kind asked) {
        if (asked != Kind.AUTO) {
            return asked == Kind.FACTS;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            return true;
        }
        if (lower.endsWith(".eml") || lower.endsWith(".msg") || lower.endsWith(".txt")) {
            return false;
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return text.startsWith("{") || VERSION_LINE.matcher(text).find();
    }

    static Kind kind(String field) {
        return switch (field.strip().toLowerCase(Locale.ROOT)) {
            case "facts" -> Kind.FACTS;
            case "bounce" -> Kind.BOUNCE;
            default -> Kind.AUTO;
        };
    }
}
