package org.mailblock.ingest.bounce;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a bounce message that matter, sorted by role: delivery-status bodies, human-readable
 * texts, and the headers of the returned original. Parts that cannot be parsed (a broken boundary, an
 * unknown transfer encoding) are read as text instead of failing the whole message.
 */
final class BounceParts {

    private static final int MAX_DEPTH = 20;

    final List<String> deliveryStatus = new ArrayList<>();
    final List<String> plainTexts = new ArrayList<>();
    final List<String> htmlTexts = new ArrayList<>();
    final List<InternetHeaders> originals = new ArrayList<>();
    boolean report;
    /** The message is a feedback report (ARF), which is a multipart/report but no bounce. */
    boolean feedbackReport;
    boolean incomplete;

    static BounceParts of(MimeMessage message) {
        BounceParts parts = new BounceParts();
        parts.walk(message, 0);
        return parts;
    }

    private void walk(Part part, int depth) {
        String type = baseType(part);
        if (type.startsWith("multipart/") && depth < MAX_DEPTH) {
            if (type.equals("multipart/report")) {
                report = true;
            }
            Multipart multipart = multipart(part);
            if (multipart != null) {
                try {
                    if (multipart instanceof MimeMultipart mime && !mime.isComplete()) {
                        incomplete = true;
                    }
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart child = multipart.getBodyPart(i);
                        walk(child, depth + 1);
                    }
                    return;
                } catch (MessagingException unreadable) {
                    // fall through: read the part as text
                }
            }
            plainTexts.add(text(part));
            return;
        }
        switch (type) {
            case "message/delivery-status", "message/global-delivery-status" -> deliveryStatus.add(text(part));
            case "message/feedback-report" -> feedbackReport = true;
            case "message/rfc822", "message/global", "text/rfc822-headers", "message/rfc822-headers" -> original(part);
            case "text/html" -> htmlTexts.add(text(part));
            default -> {
                if (type.startsWith("text/") || type.equals("application/octet-stream")) {
                    String text = text(part);
                    if (DeliveryStatus.looksLikeDeliveryStatus(text.stripLeading())) {
                        // Exchange Online sometimes sends the status as a plain attachment (ATT00001)
                        deliveryStatus.add(text);
                    } else if (type.startsWith("text/")) {
                        plainTexts.add(text);
                    }
                }
            }
        }
    }

    private Multipart multipart(Part part) {
        try {
            Object content = part.getContent();
            return content instanceof Multipart multipart ? multipart : null;
        } catch (MessagingException | IOException | RuntimeException unparsable) {
            return null;
        }
    }

    private void original(Part part) {
        byte[] bytes = bytes(part);
        try {
            originals.add(new InternetHeaders(new ByteArrayInputStream(RawMessage.prepare(bytes)), true));
        } catch (MessagingException unreadable) {
            plainTexts.add(TextDecoder.decode(bytes, null));
        }
    }

    static String baseType(Part part) {
        try {
            String header = part.getContentType();
            if (header == null) {
                return "text/plain";
            }
            return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException malformed) {
            return "text/plain";
        }
    }

    static String charset(Part part) {
        try {
            String header = part.getContentType();
            return header == null ? null : new ContentType(header).getParameter("charset");
        } catch (MessagingException | RuntimeException malformed) {
            return null;
        }
    }

    static String text(Part part) {
        return TextDecoder.decode(bytes(part), charset(part));
    }

    /** The part's body with its transfer encoding undone; the raw bytes when the encoding is unknown. */
    static byte[] bytes(Part part) {
        try {
            InputStream raw;
            String encoding;
            if (part instanceof MimeBodyPart body) {
                raw = body.getRawInputStream();
                encoding = body.getEncoding();
            } else if (part instanceof MimeMessage message) {
                raw = message.getRawInputStream();
                encoding = message.getEncoding();
            } else {
                return part.getInputStream().readAllBytes();
            }
            byte[] rawBytes = raw.readAllBytes();
            if (encoding == null || encoding.isBlank()) {
                return rawBytes;
            }
            try (InputStream decoded = MimeUtility.decode(new ByteArrayInputStream(rawBytes), encoding.trim())) {
                return decoded.readAllBytes();
            } catch (MessagingException | IOException | RuntimeException unknownEncoding) {
                return rawBytes;
            }
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            return new byte[0];
        }
    }
}
