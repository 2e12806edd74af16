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

    /** How long before {@code now} something happened, in words: {@code 6 hours}, {@code 3 days}. */
    public static String age(Instant then, Instant now) {
        long minutes = Duration.between(then, now).toMinutes();
        if (minutes < 0) {
            return "in the future of collection";
        }
        if (minutes < 120) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " hours";
        }
        return (hours / 24) + " days";
    }
}
