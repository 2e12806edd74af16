package org.mailblock.diagnosis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One fact a conclusion rests on, with what it means as a message key and named arguments; the
 * detail is that message rendered in the diagnosis' language.
 *
 * @param fact   the fact's path in the fact file, for example {@code connectors[1].recognized}
 * @param value  the fact's value, typed as the file gives it: a {@link Boolean}, a {@link Long} for a whole number, a
 *               {@link String} (texts, names of closed sets, dates and times in ISO-8601), a {@link java.util.List} of
 *               these; {@link Unknown#VALUE} when the file leaves the fact out; {@code null} when the evidence is a whole entry
 * @param key    the message under {@code evidence.} in the message bundles, for example {@code admin-no-mfa}
 * @param args   the message's arguments by name, in the order the rule gives them: texts, numbers, or
 *               {@link java.time.Duration}s for spans of time before collection
 * @param detail what the fact means for the conclusion, in words: the message rendered with its arguments
 */
public record Evidence(String fact, Object value, String key, Map<String, Object> args, String detail) {

    /** The value of a fact the file leaves out: unknown, which is not false. */
    public enum Unknown {
        /** The one unknown value. */
        VALUE;

        @Override
        public String toString() {
            return "unknown";
        }
    }

    /** The argument names whose values identify the organization, which redaction replaces: accounts, domains, connectors, servers. */
    public static final Set<String> IDENTIFYING = Set.of("user", "domain", "connector", "server", "ip", "certificate");

    /** Keeps the arguments in the order given, unmodifiable. */
    public Evidence {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** The value as people read it: a list as {@code [a, b]}, an unknown value as {@code unknown}; {@code null} for a whole entry. */
    public String shownValue() {
        return value == null ? null : shown(value);
    }

    private static String shown(Object value) {
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(Evidence::shown).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /** The same evidence with every text in its value (a list's included) passed through {@code texts}, for redaction and escaping. */
    public static Object mapTexts(Object value, java.util.function.UnaryOperator<String> texts) {
        if (value instanceof String s) {
            return texts.apply(s);
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(v -> mapTexts(v, texts)).toList();
        }
        return value;
    }

    /** Whether an argument of this name identifies the organization. */
    public static boolean identifies(String argument) {
        return IDENTIFYING.contains(argument);
    }

    /** The same evidence with other arguments and their rendering, for redaction and translation. */
    public Evidence with(Map<String, Object> newArgs, String newDetail) {
        return new Evidence(fact, value, key, newArgs, newDetail);
    }
}
