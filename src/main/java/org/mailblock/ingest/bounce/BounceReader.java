package org.mailblock.ingest.bounce;

import org.mailblock.ingest.ImportedNdr;
import org.mailblock.ingest.InputException;
import org.mailblock.ingest.InputProblem;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads one bounce message into NDR entries: one per failed recipient that carries an enhanced status
 * code. The RFC 3464 delivery-status part is preferred; the human-readable text is read only when that
 * part is missing or gives no code, and only in a message that is a bounce by its headers or structure.
 * A message with no code gives no entry: a code is never guessed.
 */
public final class BounceReader {

    /** Larger files are not bounces a user forwarded; refusing them keeps memory bounded. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /** How much of the human-readable text is searched for codes and addresses. */
    private static final int MAX_TEXT_CHARS = 256 * 1024;

    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?i)^\\s*(?:undeliverable|undelivered|"
            + "delivery status notification|delivery failure|delivery has failed|failure notice|returned mail|"
            + "mail delivery failed|mail delivery system|non remis|non recapitabile|unzustellbar|no se puede entregar|"
            + "\\[postmaster\\]|email delivery failure|delivery notification|message not delivered|"
            + "undeliverable mail|notification d'\\S+ de remise|there was an error sending your mail)");
    private static final Pattern DAEMON_SENDER = Pattern.compile(
            "(?i)(?:^|[<\\s\"])(?:mailer-daemon|postmaster|microsoftexchange[0-9a-f]{32})(?:@|\\s*>?\\s*$)");

    /**
     * Report texts that say a delivery failed, in servers' own words (au by KDDI, X6 ...); with a returned
     * original beside them they make a bounce of a message without bounce headers.
     */
    private static final Pattern FAILURE_TEXT = Pattern.compile("(?i)could not be delivered to:|was undeliverable\\."
            + "|returned permanent errors:|we had trouble delivering your message|did not reach the following recipient");

    /**
     * Lines only an NDR's own text has: what an analyst copies out of the message in Outlook or the web
     * client, without its headers (English and German).
     */
    private static final Pattern COPIED_NDR = Pattern.compile("(?m)^\\s*(?:Delivery has failed to these recipients or groups:"
            + "|Diagnostic information for administrators:|Remote Server returned '|Your message to .{1,320} couldn't be delivered\\."
            + "|Die Zustellung an folgende Empf\u00e4nger oder Gruppen ist fehlgeschlagen|Diagnoseinformationen f\u00fcr Administratoren:)");

    /** The headers a copied NDR text is read under: a bounce's subject, the text as it is. */
    private static final byte[] COPIED_HEADERS = ("Subject: Undeliverable\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Session session;

    public BounceReader() {
        Properties properties = new Properties();
        // real bounces break the rules: be lenient and read what is there
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        properties.setProperty("mail.mime.ignoreunknownencoding", "true");
        this.session = Session.getInstance(properties);
    }

    /** Reads the message file; the source name in results and messages is the path as given. */
    public BounceImport read(Path file) throws InputException {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(InputProblem.of(source, "is a folder; name the message files (for example " + file.resolve("*.eml") + ")"));
            }
            if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
                // reading a named pipe nobody writes to would block forever
                throw new InputException(InputProblem.of(source, "is not a regular file (a named pipe, device or socket); save it to a file first"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(InputProblem.of(source, "is larger than " + (MAX_BYTES >> 20) + " MiB; not a bounce message"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(InputProblem.of(source, "no such file"));
        } catch (IOException e) {
            throw new InputException(InputProblem.of(source, "cannot be read: " + e.getMessage()));
        }
        return read(source, bytes);
    }

    /** Reads a message given as bytes, named {@code source} in results and messages. */
    public BounceImport read(String source, byte[] bytes) throws InputException {
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11
                && (bytes[3] & 0xff) == 0xE0) {
            throw new InputException(InputProblem.of(source, "is an Outlook .msg file (a binary format); save the bounce "
                    + "as a MIME message (.eml) and import that"));
        }
        byte[] prepared = RawMessage.prepare(bytes);
        if (prepared.length == 0) {
            throw new InputException(InputProblem.of(source, "is empty; not a bounce message"));
        }
        boolean headersEnd = RawMessage.hasHeaderEnd(prepared);
        MimeMessage message;
        try {
            message = new MimeMessage(session, new ByteArrayInputStream(prepared));
        } catch (MessagingException e) {
            throw new InputException(InputProblem.of(source, "is not a mail message (" + e.getMessage() + ")"));
        }
        Headers headers = Headers.of(message);
        if (!headers.looksLikeMail() && copiedNdrText(prepared)) {
            byte[] withHeaders = new byte[COPIED_HEADERS.length + prepared.length];
            System.arraycopy(COPIED_HEADERS, 0, withHeaders, 0, COPIED_HEADERS.length);
            System.arraycopy(prepared, 0, withHeaders, COPIED_HEADERS.length, prepared.length);
            BounceImport read = read(source, withHeaders);
            List<String> warnings = new ArrayList<>(read.warnings());
            warnings.add(0, "has no mail headers: read as the text of an NDR copied from a mail client, which names neither "
                    + "the date nor the sender");
            return new BounceImport(read.source(), read.ndrs(), warnings);
        }
        if (!headers.looksLikeMail()) {
            String first = new String(prepared, 0, Math.min(prepared.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
            boolean json = first.startsWith("{") || first.startsWith("[") || first.startsWith("\u00ff\u00fe") || first.startsWith("\u00fe\u00ff");
            throw new InputException(InputProblem.of(source, "is not a mail message: it has no From, Date or Subject header"
                    + (json ? "; it looks like a JSON export: name it after 'exo'" : "")));
        }
        if (!headersEnd) {
            throw new InputException(InputProblem.of(source, "is truncated: it ends inside its headers, before any report"));
        }
        BounceParts parts = BounceParts.of(message);
        if (parts.feedbackReport) {
            throw new InputException(InputProblem.of(source, "is not a bounce message: it is a feedback report "
                    + "(ARF, RFC 5965: a mailbox provider reports mail a recipient marked as spam), not a refused delivery"));
        }
        if (headers.isAutoReply() && parts.deliveryStatus.isEmpty() && !parts.report) {
            throw new InputException(InputProblem.of(source, "is not a bounce message: it is an automatic reply "
                    + "(RFC 3834: out of office, vacation or an inbox rule), which says nothing about delivery"));
        }
        List<String> warnings = new ArrayList<>();
        if (parts.incomplete) {
            warnings.add("is truncated (it ends before its last MIME boundary); read what was there");
        }

        String reportText = BounceText.reportPart(humanText(parts));
        List<ImportedNdr> ndrs = new ArrayList<>();
        // not capped like the texts: every recipient of a bounce to thousands must be read (the file size bounds it)
        DeliveryStatus status = DeliveryStatus.parse(String.join("\n\n", parts.deliveryStatus));
        boolean bounce = !status.isEmpty() || parts.report || isBounceByHeaders(headers)
                || !parts.originals.isEmpty() && FAILURE_TEXT.matcher(reportText).find();
        if (!bounce) {
            throw new InputException(InputProblem.of(source, "is not a bounce message: no delivery-status part, "
                    + "no bounce headers (X-MS-Exchange-Message-Is-Ndr, X-Failed-Recipients), no bounce sender or subject"));
        }
        BounceMessage context = new BounceMessage(source, headers, parts, reportText, status);
        ndrs.addAll(DeliveryStatusEntries.read(context, warnings));
        if (ndrs.isEmpty()) {
            ndrs.addAll(TextEntries.read(context));
        }
        if (ndrs.isEmpty()) {
            // a bounce without an enhanced code is still an NDR: its reply and text, the code left unknown
            ndrs.addAll(TextEntries.withoutCode(context));
        }
        if (ndrs.isEmpty()) {
            String why = parts.incomplete ? "is a bounce, but truncated before any status code: " : "is a bounce, but ";
            List<String> recipients = context.knownRecipients();
            throw new InputException(InputProblem.of(source, why + "it carries no enhanced status code, no SMTP reply "
                    + "and no diagnostic text"
                    + (recipients.isEmpty() ? "" : " (failed recipient " + String.join(", ", recipients) + ")")
                    + "; nothing imported from it, as a code is never guessed"));
        }
        BounceTenant.Clue tenant = BounceTenant.of(headers, ndrs);
        return tenant == null ? new BounceImport(source, ndrs, warnings)
                : new BounceImport(source, ndrs, warnings, tenant.name(), tenant.where());
    }

    /** Whether headerless text is an NDR's own words, copied out of a mail client. */
    private static boolean copiedNdrText(byte[] prepared) {
        String start = new String(prepared, 0, Math.min(prepared.length, 16 * 1024), java.nio.charset.StandardCharsets.UTF_8);
        return COPIED_NDR.matcher(start).find();
    }

    private static String humanText(BounceParts parts) {
        if (!parts.plainTexts.isEmpty()) {
            String plain = String.join("\n", parts.plainTexts);
            if (!plain.isBlank()) {
                return capped(plain);
            }
        }
        List<String> html = new ArrayList<>();
        parts.htmlTexts.forEach(h -> html.add(HtmlText.of(capped(h))));
        return capped(String.join("\n", html));
    }

    /** A report's own words fit in far less; the cap keeps the text searches fast on hostile input. */
    private static String capped(String text) {
        return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    }

    private static boolean isBounceByHeaders(Headers headers) {
        if (headers.has("X-MS-Exchange-Message-Is-Ndr") || headers.has("X-Failed-Recipients")) {
            return true;
        }
        String subject = headers.first("Subject");
        if (subject != null && BOUNCE_SUBJECT.matcher(subject).find()) {
            return true;
        }
        String from = headers.first("From");
        return from != null && DAEMON_SENDER.matcher(from).find();
    }
}
