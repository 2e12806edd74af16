package org.mailblock.ingest.bounce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of an RFC 3464 {@code message/delivery-status} body: one group of per-message fields
 * (Reporting-MTA, Arrival-Date) and one group per recipient (Final-Recipient, Action, Status,
 * Diagnostic-Code ...). Field names are case-insensitive; folded lines are joined.
 *
 * @param messageFields the per-message fields, lower-case names
 * @param recipients    the per-recipient field groups, lower-case names, in order
 */
record DeliveryStatus(Map<String, String> messageFields, List<Map<String, String>> recipients) {

    /** No real field is near this long; the cap keeps a hostile one from costing more than its share of memory. */
    private static final int MAX_FIELD_CHARS = 16 * 1024;

    /** Reads every group, however many recipients the report names: a bounce to thousands is read to its end. */
    static DeliveryStatus parse(String body) {
        List<Map<String, String>> groups = new ArrayList<>();
        Map<String, StringBuilder> current = new LinkedHashMap<>();
        StringBuilder last = null;
        for (String line : body.split("\r\n|\r|\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    groups.add(fields(current));
                    current = new LinkedHashMap<>();
                }
                last = null;
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                // folded lines are appended in place: joining copies of a long field would take quadratic time
                append(last, " " + line.trim());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            // the first occurrence of a field wins, as a repeated field is not allowed
            if (current.containsKey(name)) {
                last = null;
                continue;
            }
            last = new StringBuilder();
            append(last, line.substring(colon + 1).trim());
            current.put(name, last);
        }
        if (!current.isEmpty()) {
            groups.add(fields(current));
        }
        Map<String, String> message = Map.of();
        List<Map<String, String>> recipients = new ArrayList<>();
        for (Map<String, String> group : groups) {
            if (isRecipientGroup(group)) {
                recipients.add(group);
            } else if (message.isEmpty()) {
                message = group;
            }
        }
        return new DeliveryStatus(message, recipients);
    }

    private static void append(StringBuilder field, String text) {
        int room = MAX_FIELD_CHARS - field.length();
        if (room > 0) {
            field.append(text, 0, Math.min(room, text.length()));
        }
    }

    private static Map<String, String> fields(Map<String, StringBuilder> group) {
        Map<String, String> out = new LinkedHashMap<>();
        group.forEach((name, value) -> out.put(name, value.toString()));
        return out;
    }

    private static boolean isRecipientGroup(Map<String, String> group) {
        return group.containsKey("final-recipient") || group.containsKey("original-recipient")
                || group.containsKey("status") || group.containsKey("action");
    }

    /** Whether the text looks like delivery-status fields (for a report sent as a plain attachment). */
    static boolean looksLikeDeliveryStatus(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("reporting-mta:") || lower.contains("\nreporting-mta:") || lower.contains("\nfinal-recipient:")
                || lower.startsWith("final-recipient:") || lower.startsWith("original-envelope-id:"))
                && lower.contains("status:");
    }

    boolean isEmpty() {
        return recipients.isEmpty();
    }

    /** The value after the {@code type;} prefix of an address or diagnostic field ({@code rfc822;a@b}, {@code smtp; 550 ...}). */
    static String withoutType(String value) {
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        String rest = semicolon >= 0 && semicolon < 20 && !value.substring(0, semicolon).contains(" ")
                ? value.substring(semicolon + 1) : value;
        rest = rest.trim();
        return rest.isEmpty() ? null : rest;
    }
}
