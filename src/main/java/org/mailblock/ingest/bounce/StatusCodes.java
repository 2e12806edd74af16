package org.mailblock.ingest.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds enhanced status codes (RFC 3463 {@code class.subject.detail}) where a bounce writes them, and
 * nowhere else: an IP address, a version number or a date must never become a code. A code is only
 * accepted in a DSN Status field, or in text right after a reply code ({@code 550 5.7.705}), after
 * {@code returned '}, {@code Status code:}, {@code #}, at the start of a line followed by words, or in
 * Exchange Online's "DSN 5.1.10" phrase.
 */
final class StatusCodes {

    /**
     * A failure code: class 4 or 5 (a 2.x.x code reports a success, such as a quoted transcript's
     * {@code 250 2.0.0 Ok}, and is never the code of a bounce); subject 0-7; detail 0-999; not part of a
     * longer dotted number.
     */
    static final String CODE = "(?<![0-9.])([45]\\.[0-7]\\.[0-9]{1,3})(?![0-9]|\\.[0-9])";
    private static final String REPLY = "([245][0-5][0-9])";

    private static final List<Pattern> IN_TEXT = List.of(
            Pattern.compile("(?i)returned\\s+'" + "(?:" + REPLY + "[ -])?" + CODE),
            Pattern.compile("(?i)status\\s+code:?\\s*" + "(?:" + REPLY + "[ -])?" + CODE),
            Pattern.compile("#" + "(?:" + REPLY + "[ -])?" + CODE),
            // Amazon SES quotes the remote reply: "550-'5.2.2 <a@b>... Mailbox Full'"
            Pattern.compile("(?<![0-9.:])" + REPLY + "[ -]'?" + CODE),
            Pattern.compile("(?m)^[ \\t]*(?:--[ \\t]*)?()" + CODE + "[ \\t]+[A-Za-z]"),
            Pattern.compile("\\bDSN\\s+()" + CODE + "\\b"));

    /** A failure reply code that starts a reply in words ({@code 550 Requested action not taken}), for bounces without an enhanced code. */
    private static final Pattern BARE_REPLY = Pattern.compile("(?<![0-9.:,/\\w-])([45][0-5][0-9])[ -](?=[ \\t]*[A-Za-z<\\[(\\\"'])");

    private static final Pattern STATUS_FIELD = Pattern.compile("^\\s*" + CODE);
    private static final Pattern LEADING_REPLY = Pattern.compile("^\\s*" + REPLY + "(?:[ -]|$)");

    private StatusCodes() {
    }

    /** An enhanced code with the reply code written before it, if any, and where the match starts. */
    record Found(String code, Integer reply, int start) {
    }

    /** The code at the start of a DSN Status field ({@code 5.1.8 (Server rejected ...)} gives 5.1.8). */
    static String fromStatusField(String status) {
        if (status == null) {
            return null;
        }
        Matcher m = STATUS_FIELD.matcher(status);
        return m.find() ? m.group(1) : null;
    }

    /** The reply code a diagnostic text starts with ({@code 550 5.7.606 ...} gives 550). */
    static Integer leadingReply(String diagnostic) {
        if (diagnostic == null) {
            return null;
        }
        Matcher m = LEADING_REPLY.matcher(diagnostic);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The first code in the text by the most trustworthy pattern that finds one; {@code null} when none does. */
    static Found first(String text) {
        List<Found> all = all(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every code of the most trustworthy pattern that finds any, in text order. */
    static List<Found> all(String text) {
        if (text == null) {
            return List.of();
        }
        for (Pattern pattern : IN_TEXT) {
            List<Found> found = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String reply = m.group(1);
                found.add(new Found(m.group(2), reply == null || reply.isEmpty() ? null : Integer.valueOf(reply), m.start()));
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The first failure reply code followed by words, and where it starts; {@code null} when the text has none. */
    static Found firstBareReply(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = BARE_REPLY.matcher(text);
        return m.find() ? new Found(null, Integer.valueOf(m.group(1)), m.start()) : null;
    }

    /** A reply code in a diagnostic text, right before the given enhanced code. */
    static Integer replyBefore(String text, String code) {
        if (text == null || code == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?<![0-9.])" + REPLY + "[ -]'?" + Pattern.quote(code) + "(?![0-9])").matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
