package org.mailblock.ingest.bounce;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of an HTML-only NDR: tags become line breaks, entities become characters. */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(style|script|head)\\b.*?</\\1\\s*>");
    private static final Pattern BREAKING = Pattern.compile("(?i)<\\s*(br|/p|/div|/tr|/li|/h[1-6]|/table|p|div|tr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of(
            "lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'", "nbsp", " ");

    private HtmlText() {
    }

    static String of(String html) {
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = BREAKING.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ");
        return decodeEntities(text);
    }

    static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException outOfRange) {
            return whole;
        }
        return NAMED.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), whole);
    }
}
