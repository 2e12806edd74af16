package org.mailblock.i18n;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailblock.diagnosis.PluralText;

/**
 * The texts of one language: report labels and the catalogue's titles and texts, by flat key
 * ({@code report.causes}, {@code causes.compromised-accounts.title}). A key this language lacks
 * falls back to English, so a partial translation never blanks a report.
 */
public final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final String language;
    private final Map<String, Object> texts;
    private final Messages fallback;

    Messages(String language, Map<String, Object> texts, Messages fallback) {
        this.language = language;
        this.texts = Map.copyOf(texts);
        this.fallback = fallback;
    }

    /** The English messages this language falls back to; English itself for English. */
    public Messages english() {
        return fallback == null ? this : fallback;
    }

    /** The language code, for example {@code de}. */
    public String language() {
        return language;
    }

    /** Whether this language itself defines the key (without falling back to English). */
    public boolean defines(String key) {
        return texts.containsKey(key);
    }

    /** The text for a key; the key itself when no language defines it, so a gap shows instead of hiding. */
    public String text(String key) {
        Object value = texts.get(key);
        if (value instanceof String s) {
            return s;
        }
        return fallback != null ? fallback.text(key) : key;
    }

    /** The text for a key, or {@code otherwise} when no language defines it. */
    public String textOr(String key, String otherwise) {
        Object value = texts.get(key);
        if (value instanceof String s) {
            return s;
        }
        return fallback != null ? fallback.textOr(key, otherwise) : otherwise;
    }

    /**
     * The text for a key with each {@code {name}} replaced by the value given for it, as pairs of name and value, and
     * each plural block ({@code {count, plural, one {# file} other {# files}}}) by the form its number asks for.
     */
    public String format(String key, Object... namesAndValues) {
        String template = PluralText.expand(text(key), name -> {
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                if (namesAndValues[i].equals(name)) {
                    return namesAndValues[i + 1];
                }
            }
            return null;
        });
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                if (namesAndValues[i].equals(m.group(1))) {
                    replacement = String.valueOf(namesAndValues[i + 1]);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A list of texts, for example the questions Support asks. */
    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object value = texts.get(key);
        if (value instanceof List<?> l) {
            return (List<String>) l;
        }
        return fallback != null ? fallback.list(key) : List.of();
    }

    /** Every key this language or its English fallback defines. */
    public java.util.Set<String> allKeys() {
        java.util.Set<String> all = new java.util.TreeSet<>(texts.keySet());
        if (fallback != null) {
            all.addAll(fallback.keys());
        }
        return all;
    }

    /** Every key this language defines, for checks that two languages match. */
    public java.util.Set<String> keys() {
        return texts.keySet();
    }
}
