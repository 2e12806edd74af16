package org.mailblock.ingest.bounce;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.Locale;

/** The top-level headers of a message, read leniently: encoded words decoded where possible, raw otherwise. */
final class Headers {

    private final MimeMessage message;

    private Headers(MimeMessage message) {
        this.message = message;
    }

    static Headers of(MimeMessage message) {
        return new Headers(message);
    }

    boolean has(String name) {
        try {
            return message.getHeader(name) != null;
        } catch (MessagingException e) {
            return false;
        }
    }

    /** The first value of the header, unfolded and with encoded words decoded; {@code null} when absent. */
    String first(String name) {
        try {
            String[] values = message.getHeader(name);
            if (values == null || values.length == 0) {
                return null;
            }
            String unfolded = MimeUtility.unfold(values[0]);
            try {
                return MimeUtility.decodeText(unfolded);
            } catch (UnsupportedEncodingException | RuntimeException undecodable) {
                return unfolded;
            }
        } catch (MessagingException e) {
            return null;
        }
    }

    boolean looksLikeMail() {
        return has("From") || has("Date") || has("Subject") || has("Received") || has("Content-Type");
    }

    /** An out-of-office or inbox-rule reply (RFC 3834), which is not a bounce. */
    boolean isAutoReply() {
        String auto = first("Auto-Submitted");
        String subject = first("Subject");
        return (auto != null && auto.toLowerCase(Locale.ROOT).contains("auto-replied") && subject != null
                && subject.toLowerCase(Locale.ROOT).matches("^\\s*(automatic reply|auto(matic)?[ -]?response|out of office).*"))
                || has("X-MS-Exchange-Inbox-Rules-Loop") && !has("X-MS-Exchange-Message-Is-Ndr");
    }
}
