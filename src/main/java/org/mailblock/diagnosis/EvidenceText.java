package org.mailblock.diagnosis;

import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
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
        Matcher m = PLACEHOLDER.matcher(PluralText.expand(template, args::get));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            String replacement = value == null && !args.containsKey(m.group(1)) ? m.group() : text(value, texts);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
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
