package org.mailblock.diagnosis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plural forms in message texts, in the notation of ICU message format:
 * {@code {count, plural, one {# NDR} other {# NDRs}}}. The form is chosen by the number's value:
 * an exact form ({@code =0}) first, then {@code one} for 1, then {@code other}; {@code #} in the form
 * stands for the number, and a form may hold other {@code {name}} placeholders. The one/other split
 * is the plural rule of English and German, the languages the bundles have; a language with more
 * forms can still say what it needs with exact forms.
 */
public final class PluralText {

    private static final Pattern START = Pattern.compile("\\{([a-zA-Z]+)\\s*,\\s*plural\\s*,");
    private static final Pattern SELECTOR = Pattern.compile("\\s*(=\\d+|zero|one|two|few|many|other)\\s*\\{");
    private static final Pattern SIMPLE = Pattern.compile("\\{([a-zA-Z]+)}");

    private PluralText() {
    }

    /**
     * The text with each plural block replaced by the form its number asks for; a block whose value is
     * missing or not a whole number, or that is malformed, is left as it is so the gap shows.
     *
     * @param values the value of a placeholder by name, or {@code null} when there is none
     */
    public static String expand(String template, Function<String, Object> values) {
        // a block names its kind: without the word, there is nothing to expand (and no pattern to run, per piece of evidence)
        if (template == null || template.indexOf(',') < 0 || !template.contains("plural")) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        Matcher m = START.matcher(template);
        while (m.find(from)) {
            Block block = parse(template, m);
            if (block == null) {
                out.append(template, from, m.end());
                from = m.end();
                continue;
            }
            out.append(template, from, m.start());
            Object value = values.apply(m.group(1));
            String form = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    ? choose(block.forms(), n.longValue()) : null;
            out.append(form == null ? template.substring(m.start(), block.end())
                    : expand(form, values).replace("#", String.valueOf(((Number) value).longValue())));
            from = block.end();
        }
        return out.append(template.substring(from)).toString();
    }

    /**
     * The names of the placeholders a text uses: each plural block's number ({@code count}) and the
     * {@code {name}}s outside the blocks and inside their forms; the words of a form are no names.
     */
    public static Set<String> names(String text) {
        Set<String> out = new TreeSet<>();
        collect(text == null ? "" : text, out);
        return out;
    }

    private static void collect(String text, Set<String> out) {
        StringBuilder outside = new StringBuilder();
        int from = 0;
        Matcher m = START.matcher(text);
        while (m.find(from)) {
            Block block = parse(text, m);
            if (block == null) {
                outside.append(text, from, m.end());
                from = m.end();
                continue;
            }
            outside.append(text, from, m.start());
            out.add(m.group(1));
            // a form's own braces are taken by the block: what remains in it is words, #, and placeholders
            block.forms().values().forEach(form -> collect(form, out));
            from = block.end();
        }
        outside.append(text.substring(from));
        Matcher simple = SIMPLE.matcher(outside);
        while (simple.find()) {
            out.add(simple.group(1));
        }
    }

    /** Whether a plural block in the text is malformed (a form without its closing brace, or no {@code other} form). */
    public static boolean malformed(String text) {
        Matcher m = START.matcher(text == null ? "" : text);
        while (m.find()) {
            Block block = parse(text, m);
            if (block == null || !block.forms().containsKey("other")) {
                return true;
            }
        }
        return false;
    }

    private static String choose(Map<String, String> forms, long n) {
        String exact = forms.get("=" + n);
        if (exact != null) {
            return exact;
        }
        if (n == 1 && forms.containsKey("one")) {
            return forms.get("one");
        }
        return forms.get("other");
    }

    private record Block(Map<String, String> forms, int end) {
    }

    /** The forms of the block that starts at the match, and where it ends; {@code null} when it is malformed. */
    private static Block parse(String text, Matcher start) {
        Map<String, String> forms = new LinkedHashMap<>();
        int at = start.end();
        Matcher selector = SELECTOR.matcher(text);
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '}') {
                return forms.isEmpty() ? null : new Block(forms, at + 1);
            }
            if (!selector.find(at) || selector.start() != at) {
                return null;
            }
            int close = closing(text, selector.end());
            if (close < 0) {
                return null;
            }
            forms.put(selector.group(1), text.substring(selector.end(), close));
            at = close + 1;
        }
    }

    /** The index of the brace that closes the one opened just before {@code from}, or -1. */
    private static int closing(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
