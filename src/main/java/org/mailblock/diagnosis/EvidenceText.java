package org.mailblock.diagnosis;

import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Renders evidence from its message key and arguments with the texts of one language: the
 * template {@code evidence.KEY} with each plural block given the form its number asks for (see
 * {@link PluralText}), each {@code {name}} replaced by its argument, and a span of
 * time written with the {@code age.*} texts ({@code 3 days}).
 */
public final class EvidenceText {

    /** A {@code {name}} in a text. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    /** The prefix of the evidence messages in a bundle. */
    public static final String PREFIX = "evidence.";

    private EvidenceText() {
    }

    /**
     * The evidence in words.
     *
     * @param texts the text of a bundle key in the language wanted, or {@code null} when it has none
     */
    public static String render(String key, Map<String, Object> args, UnaryOperator<String> texts) {
        String template = texts.apply(PREFIX + key);
        if (template == null) {
            return PREFIX + key; // a gap shows instead of hiding; the authoring check names it
        }
        String expanded = PluralText.expand(template, args::get);
        // the same matches as PLACEHOLDER finds, without a regular expression: this runs for every piece of evidence
        StringBuilder out = null;
        int copied = 0;
        for (int open = expanded.indexOf('{'); open >= 0; open = expanded.indexOf('{', open + 1)) {
            int close = open + 1;
            while (close < expanded.length() && isAsciiLetter(expanded.charAt(close))) {
                close++;
            }
            if (close == open + 1 || close == expanded.length() || expanded.charAt(close) != '}') {
                continue;
            }
            String name = expanded.substring(open + 1, close);
            Object value = args.get(name);
            if (value == null && !args.containsKey(name)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(expanded.length() + 32);
            }
            out.append(expanded, copied, open).append(text(value, texts));
            copied = close + 1;
            open = close;
        }
        return out == null ? expanded : out.append(expanded, copied, expanded.length()).toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String text(Object value, UnaryOperator<String> texts) {
        if (value == null) {
            // the one value rules pass empty is the code of NDRs whose bounce carries none
            return orKey(texts, "value.no-code");
        }
        return value instanceof Duration span ? age(span, texts) : String.valueOf(value);
    }

    /** A span of time before collection in words: {@code 6 hours}, {@code 3 days}. */
    static String age(Duration span, UnaryOperator<String> texts) {
        long minutes = span.toMinutes();
        if (minutes < 0) {
            return orKey(texts, "age.future");
        }
        if (minutes < 120) {
            return minutes == 1 ? orKey(texts, "age.minute") : count(texts, "age.minutes", minutes);
        }
        long hours = minutes / 60;
        return hours < 48 ? count(texts, "age.hours", hours) : count(texts, "age.days", hours / 24);
    }

    private static String count(UnaryOperator<String> texts, String key, long n) {
        return orKey(texts, key).replace("{n}", Long.toString(n));
    }

    private static String orKey(UnaryOperator<String> texts, String key) {
        String text = texts.apply(key);
        return text == null ? key : text;
    }
}
