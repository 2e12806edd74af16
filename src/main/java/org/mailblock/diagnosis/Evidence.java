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
 * @param value  the fact's value as the file gives it, or {@code unknown}; {@code null} when the evidence is a whole entry
 * @param key    the message under {@code evidence.} in the message bundles, for example {@code admin-no-mfa}
 * @param args   the message's arguments by name, in the order the rule gives them: texts, numbers, or
 *               {@link java.time.Duration}s for spans of time before collection
 * @param detail what the fact means for the conclusion, in words: the message rendered with its arguments
 */
public record Evidence(String fact, String value, String key, Map<String, Object> args, String detail) {

    /** The argument names whose values identify the organization, which redaction replaces: accounts, domains, connectors, servers. */
    public static final Set<String> IDENTIFYING = Set.of("user", "domain", "connector", "server", "ip", "certificate");

    /** Keeps the arguments in the order given, unmodifiable. */
    public Evidence {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
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
