package org.mailblock.engine.kb;

import java.time.Duration;
import java.time.Instant;

/**
 * Time arithmetic for rules. Rules pass the fact file's {@code collectedAt} as "now": nothing
 * here reads the clock.
 */
public final class Time {

    private Time() {
    }

    /** Hours from {@code then} to {@code now}, with fractions; negative when {@code then} is later. */
    public static double hoursBefore(Instant then, Instant now) {
        return Duration.between(then, now).getSeconds() / 3600.0;
    }

    /** Days from {@code then} to {@code now}, with fractions; negative when {@code then} is later. */
    public static double daysBefore(Instant then, Instant now) {
        return hoursBefore(then, now) / 24.0;
    }

    /** How long before {@code now} something happened, as a span the report writes in words per language ({@code 3 days}). */
    public static Duration age(Instant then, Instant now) {
        return Duration.between(then, now);
    }
}
