package org.mailblock.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Reads the dates of fact files: a day ({@code 2026-11-20}, the start of that day in UTC) or a
 * date-time with a zone or offset ({@code 2026-11-20T10:00:00Z}, {@code 2026-11-20T11:00:00+01:00}).
 * A date-time without zone is refused: the analyst's local time and UTC can be hours apart, and
 * rules compare times with {@code collectedAt}.
 */
final class FactDates {

    /** What a date in a fact file looks like, for messages. */
    static final String EXPECTED = "a date such as 2026-11-20 or a date-time with zone such as 2026-11-20T10:00:00Z";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAY_SPACE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} +\\d.*");
    private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private FactDates() {
    }

    /**
     * The instant the text stands for.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not a valid date
     */
    static Instant parse(String text) {
        Instant utc = utcSeconds(text);
        if (utc != null) {
            return utc;
        }
        if (DAY.matcher(text).matches()) {
            try {
                return LocalDate.parse(text, STRICT_DAY).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            if (parsesWithoutZone(text)) {
                throw new IllegalArgumentException("the date-time " + Wording.quote(text) + " has no zone; "
                        + "add a zone, for example Z for UTC (" + text + "Z) or an offset such as +01:00");
            }
            if (DAY_SPACE_TIME.matcher(text).matches()) {
                throw new IllegalArgumentException("invalid date " + Wording.quote(text)
                        + ": write a 'T' between the date and the time, for example 2026-11-20T10:00:00Z");
            }
            throw invalid(text);
        }
    }

    /**
     * The common form {@code 2026-11-20T10:00:00Z}, read without the general parser (large files
     * hold one per NDR); {@code null} for any other form or an impossible date, which the general
     * parser then reads or explains.
     */
    private static Instant utcSeconds(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The number the ASCII digits from {@code from} to {@code to} form, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean parsesWithoutZone(String text) {
        try {
            LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid date " + Wording.quote(text) + ": expected " + EXPECTED);
    }
}
