package org.mailblock.ingest;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.mailblock.facts.Ndr;

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
            + "undeliverable mail|notification d'\\S+ de remise)");
    private static final Pattern DAEMON_SENDER = Pattern.compile(
            "(?i)(?:^|[<\\s\"])(?:mailer-daemon|postmaster|microsoftexchange[0-9a-f]{32})@");

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
        List<String> warnings = new ArrayList<>();
        if (parts.incomplete) {
            warnings.add("is truncated (it ends before its last MIME boundary); read what was there");
        }

        String reportText = BounceText.reportPart(humanText(parts));
        List<ImportedNdr> ndrs = new ArrayList<>();
        DeliveryStatus status = DeliveryStatus.parse(capped(String.join("\n\n", parts.deliveryStatus)));
        boolean bounce = !status.isEmpty() || parts.report || !headers.isAutoReply() && isBounceByHeaders(headers);
        if (!bounce) {
            throw new InputException(InputProblem.of(source, "is not a bounce message: no delivery-status part, "
                    + "no bounce headers (X-MS-Exchange-Message-Is-Ndr, X-Failed-Recipients), no bounce sender or subject"));
        }
        Context context = new Context(source, headers, parts, reportText, status);
        for (Map<String, String> recipient : status.recipients()) {
            ImportedNdr ndr = fromDeliveryStatus(context, recipient, warnings);
            if (ndr != null) {
                ndrs.add(ndr);
            }
        }
        if (ndrs.isEmpty()) {
            ndrs.addAll(fromText(context));
        }
        if (ndrs.isEmpty()) {
            String why = parts.incomplete ? "is a bounce, but truncated before any status code: " : "is a bounce, but ";
            List<String> recipients = context.knownRecipients();
            throw new InputException(InputProblem.of(source, why + "it carries no enhanced status code"
                    + (recipients.isEmpty() ? "" : " (failed recipient " + String.join(", ", recipients) + ")")
                    + "; nothing imported from it, as a code is never guessed"));
        }
        return new BounceImport(source, ndrs, warnings);
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

    private ImportedNdr fromDeliveryStatus(Context context, Map<String, String> fields, List<String> warnings) {
        Map<String, ValueSource> sources = new LinkedHashMap<>();
        String recipient = address(DeliveryStatus.withoutType(fields.get("final-recipient")));
        if (recipient == null) {
            recipient = address(DeliveryStatus.withoutType(fields.get("original-recipient")));
        }
        if (recipient != null) {
            sources.put("recipient", ValueSource.DELIVERY_STATUS);
        }
        String diagnostic = DeliveryStatus.withoutType(fields.get("diagnostic-code"));
        if (diagnostic == null) {
            diagnostic = DeliveryStatus.withoutType(fields.get("x-supplementary-info"));
        }
        diagnostic = diagnostic == null ? null : BounceText.oneLine(diagnostic);
        String code = StatusCodes.fromStatusField(fields.get("status"));
        StatusCodes.Found inDiagnostic = StatusCodes.first(diagnostic);
        if (code == null || (code.endsWith(".0.0") && inDiagnostic != null && inDiagnostic.reply() != null
                && inDiagnostic.code().charAt(0) == code.charAt(0) && !inDiagnostic.code().endsWith(".0.0"))) {
            // a generic x.0.0 Status says less than the reply the remote server gave
            code = inDiagnostic == null ? code : inDiagnostic.code();
        }
        String text = diagnostic;
        ValueSource codeSource = ValueSource.DELIVERY_STATUS;
        if (code == null) {
            StatusCodes.Found inText = codeInTextFor(context.reportText, recipient);
            if (inText == null) {
                warnings.add("recipient " + (recipient == null ? "(unnamed)" : recipient)
                        + " has no status code in the delivery-status part or the text; left out");
                return null;
            }
            code = inText.code();
            codeSource = ValueSource.MESSAGE_TEXT;
            if (text == null) {
                text = BounceText.diagnosticAt(context.reportText, inText.start());
                sources.put("text", ValueSource.MESSAGE_TEXT);
            }
        }
        sources.put("code", codeSource);
        if (text != null) {
            sources.putIfAbsent("text", ValueSource.DELIVERY_STATUS);
        }
        Integer smtp = StatusCodes.leadingReply(diagnostic);
        if (smtp == null) {
            smtp = StatusCodes.replyBefore(diagnostic, code);
        }
        if (smtp != null) {
            sources.put("smtp", ValueSource.DELIVERY_STATUS);
        } else {
            smtp = StatusCodes.replyBefore(context.reportText, code);
            if (smtp != null) {
                sources.put("smtp", ValueSource.MESSAGE_TEXT);
            }
        }
        if (recipient == null) {
            recipient = context.textRecipient(sources);
        }
        String reporting = DeliveryStatus.withoutType(context.status.messageFields().get("reporting-mta"));
        if (reporting == null) {
            reporting = BounceText.generatingServer(context.reportText);
        }
        Instant at = context.date(sources);
        if (at == null) {
            at = date(fields.get("last-attempt-date"));
            if (at == null) {
                at = date(context.status.messageFields().get("arrival-date"));
            }
            if (at != null) {
                sources.put("at", ValueSource.DELIVERY_STATUS);
            }
        }
        String action = fields.get("action") == null ? null : fields.get("action").trim().toLowerCase(Locale.ROOT);
        if ("delayed".equals(action)) {
            warnings.add("recipient " + recipient + " was delayed, not refused (Action: delayed); imported as reported");
        }
        Ndr ndr = new Ndr(code, smtp, text, context.sender(sources), recipient, at, null);
        return new ImportedNdr(ndr, context.source, reporting == null ? null : reporting.toLowerCase(Locale.ROOT), action, sources);
    }

    private static StatusCodes.Found codeInTextFor(String report, String recipient) {
        List<StatusCodes.Found> all = StatusCodes.all(report);
        if (all.isEmpty()) {
            return null;
        }
        if (recipient != null) {
            String lower = report.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(recipient.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                for (StatusCodes.Found f : all) {
                    if (f.start() > at) {
                        return f;
                    }
                }
            }
        }
        return all.get(0);
    }

    /** The text-only layouts: Exchange's admin section gives one code per recipient; other texts one code. */
    private List<ImportedNdr> fromText(Context context) {
        String report = context.reportText;
        List<StatusCodes.Found> found = StatusCodes.all(report);
        if (found.isEmpty()) {
            return List.of();
        }
        List<ImportedNdr> out = new ArrayList<>();
        boolean perRecipient = found.size() > 1 && report.substring(found.get(0).start()).toLowerCase(Locale.ROOT).startsWith("returned");
        List<StatusCodes.Found> used = perRecipient ? found : List.of(found.get(0));
        int previousEnd = 0;
        String reporting = BounceText.generatingServer(report);
        for (StatusCodes.Found f : used) {
            Map<String, ValueSource> sources = new LinkedHashMap<>();
            sources.put("code", ValueSource.MESSAGE_TEXT);
            String text = BounceText.diagnosticAt(report, f.start());
            sources.put("text", ValueSource.MESSAGE_TEXT);
            Integer smtp = f.reply();
            if (smtp != null) {
                sources.put("smtp", ValueSource.MESSAGE_TEXT);
            }
            String recipient = perRecipient ? address(BounceText.addressBefore(report, previousEnd, f.start())) : null;
            if (recipient != null) {
                sources.put("recipient", ValueSource.MESSAGE_TEXT);
            } else {
                recipient = context.textRecipient(sources);
            }
            previousEnd = f.start() + 1;
            Ndr ndr = new Ndr(f.code(), smtp, text, context.sender(sources), recipient, context.date(sources), null);
            out.add(new ImportedNdr(ndr, context.source, reporting, null, sources));
        }
        return out;
    }

    static String address(String value) {
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher m = BounceText.ADDRESS.matcher(value);
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

    /** What the per-recipient readers share about one message. */
    private static final class Context {
        final String source;
        final Headers headers;
        final BounceParts parts;
        final String reportText;
        final DeliveryStatus status;

        Context(String source, Headers headers, BounceParts parts, String reportText, DeliveryStatus status) {
            this.source = source;
            this.headers = headers;
            this.parts = parts;
            this.reportText = reportText;
            this.status = status;
        }

        Instant date(Map<String, ValueSource> sources) {
            Instant at = BounceReader.date(headers.first("Date"));
            if (at != null) {
                sources.put("at", ValueSource.MESSAGE_HEADERS);
            }
            return at;
        }

        /** The sender of the bounced message: the original's From, the NDR's "Sender Address", or the bounce's To. */
        String sender(Map<String, ValueSource> sources) {
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
    }
}
