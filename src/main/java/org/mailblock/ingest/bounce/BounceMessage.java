package org.mailblock.ingest.bounce;

import org.mailblock.ingest.ValueSource;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * One bounce message as the entry readers see it: its headers, its parts, the report part of its text and
 * its delivery status, with the lookups they share (sender, recipient, time). Each lookup records in
 * {@code sources} where its value came from.
 */
final class BounceMessage {

    final String source;
    final Headers headers;
    final BounceParts parts;
    final String reportText;
    final DeliveryStatus status;

    /*
     * The lookups every entry makes give the same answer for the whole message; they are made once, so that a
     * bounce to thousands of recipients costs no more per entry than a bounce to one.
     */
    private Instant generatedAt;
    private boolean generatedAtKnown;
    private String sender;
    private ValueSource senderSource;
    private boolean senderKnown;
    private List<StatusCodes.Found> codesInReport;
    private String lowerReport;

    BounceMessage(String source, Headers headers, BounceParts parts, String reportText, DeliveryStatus status) {
        this.source = source;
        this.headers = headers;
        this.parts = parts;
        this.reportText = reportText;
        this.status = status;
    }

    /** When the bounce was written: its Date header. */
    Instant generatedAt(Map<String, ValueSource> sources) {
        if (!generatedAtKnown) {
            generatedAt = date(headers.first("Date"));
            generatedAtKnown = true;
        }
        if (generatedAt != null) {
            sources.put("at", ValueSource.MESSAGE_HEADERS);
        }
        return generatedAt;
    }

    /** The sender of the bounced message: the original's From, the NDR's "Sender Address", or the bounce's To. */
    String sender(Map<String, ValueSource> sources) {
        if (!senderKnown) {
            Map<String, ValueSource> found = new LinkedHashMap<>();
            sender = findSender(found);
            senderSource = found.get("sender");
            senderKnown = true;
        }
        if (senderSource != null) {
            sources.put("sender", senderSource);
        }
        return sender;
    }

    /** The enhanced status codes in the report text, in order. */
    List<StatusCodes.Found> codesInReport() {
        if (codesInReport == null) {
            codesInReport = StatusCodes.all(reportText);
        }
        return codesInReport;
    }

    /** The report text in lower case, for finding a recipient's address in it. */
    String lowerReport() {
        if (lowerReport == null) {
            lowerReport = reportText.toLowerCase(Locale.ROOT);
        }
        return lowerReport;
    }

    private String findSender(Map<String, ValueSource> sources) {
        for (InternetHeaders original : parts.originals) {
            String from = address(original.getHeader("From", ","));
            if (from != null) {
                sources.put("sender", ValueSource.ORIGINAL_MESSAGE);
                return from;
            }
        }
        String inText = address(BounceText.senderAddress(String.join("\n", parts.plainTexts) + "\n"
                + String.join("\n", parts.htmlTexts.stream().map(HtmlText::of).toList())));
        if (inText != null) {
            sources.put("sender", ValueSource.MESSAGE_TEXT);
            return inText;
        }
        String to = headers.first("To");
        if (to != null && BounceText.addresses(to).size() == 1) {
            sources.put("sender", ValueSource.MESSAGE_HEADERS);
            return address(to);
        }
        return null;
    }

    String textRecipient(Map<String, ValueSource> sources) {
        String failed = headers.first("X-Failed-Recipients");
        if (failed != null && address(failed) != null) {
            sources.put("recipient", ValueSource.MESSAGE_HEADERS);
            return address(failed);
        }
        String inText = address(BounceText.recipient(reportText));
        if (inText != null) {
            sources.put("recipient", ValueSource.MESSAGE_TEXT);
            return inText;
        }
        for (InternetHeaders original : parts.originals) {
            String to = original.getHeader("To", ",");
            if (to != null && BounceText.addresses(to).size() == 1) {
                sources.put("recipient", ValueSource.ORIGINAL_MESSAGE);
                return address(to);
            }
        }
        return null;
    }

    List<String> knownRecipients() {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : status.recipients()) {
            String a = address(DeliveryStatus.withoutType(r.get("final-recipient")));
            if (a != null) {
                out.add(a);
            }
        }
        if (out.isEmpty()) {
            String a = textRecipient(new LinkedHashMap<>());
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    static String address(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = BounceText.ADDRESS.matcher(value);
        if (!m.find()) {
            return null;
        }
        String found = m.group();
        // X.400 addresses carry the SMTP address as "dda:SMTP=user@domain"
        if (found.regionMatches(true, 0, "SMTP=", 0, 5)) {
            found = found.substring(5);
        }
        return found.toLowerCase(Locale.ROOT);
    }

    static Instant date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new MailDateFormat().parse(value.trim()).toInstant();
        } catch (ParseException | RuntimeException unreadable) {
            return null;
        }
    }
}
