package org.mailblock.ingest.bounce;

import org.mailblock.ingest.ImportedNdr;
import org.mailblock.ingest.ValueSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mailblock.facts.Ndr;

/**
 * NDR entries from the RFC 3464 delivery-status part: one per recipient group that has a status code
 * (its Status field, else the code in its Diagnostic-Code, else the code the text gives near its address).
 */
final class DeliveryStatusEntries {

    /** The DSN actions that report a success, not a refusal (RFC 3464 section 2.3.3). */
    private static final java.util.Set<String> SUCCESS = java.util.Set.of("delivered", "relayed", "expanded");

    private DeliveryStatusEntries() {
    }

    static List<ImportedNdr> read(BounceMessage message, List<String> warnings) {
        List<ImportedNdr> out = new ArrayList<>();
        for (Map<String, String> recipient : message.status.recipients()) {
            ImportedNdr ndr = entry(message, recipient, warnings);
            if (ndr != null) {
                out.add(ndr);
            }
        }
        return out;
    }

    private static ImportedNdr entry(BounceMessage context, Map<String, String> fields, List<String> warnings) {
        Map<String, ValueSource> sources = new LinkedHashMap<>();
        String recipient = recipient(fields);
        if (recipient != null) {
            sources.put("recipient", ValueSource.DELIVERY_STATUS);
        }
        String diagnostic = diagnostic(fields);
        String text = diagnostic;
        if (text != null) {
            sources.put("text", ValueSource.DELIVERY_STATUS);
        }
        String action = fields.get("action") == null ? null : fields.get("action").trim().toLowerCase(Locale.ROOT);
        if (action != null && SUCCESS.contains(action)) {
            warnings.add("recipient " + (recipient == null ? "(unnamed)" : recipient) + " was not refused (Action: "
                    + action + "); left out");
            return null;
        }
        String code = statusCode(fields, diagnostic);
        if (code != null) {
            sources.put("code", ValueSource.DELIVERY_STATUS);
        } else {
            StatusCodes.Found inText = codeInTextFor(context, recipient);
            if (inText == null && diagnostic != null) {
                // the remote reply has no enhanced code ("554 Transaction failed"): imported with its code unknown
                Integer smtp = replyCode(context, diagnostic, null, sources);
                if (recipient == null) {
                    recipient = context.textRecipient(sources);
                }
                Ndr ndr = new Ndr(null, smtp, text, context.sender(sources), recipient, time(context, fields, sources), null);
                return new ImportedNdr(ndr, context.source, reportingServer(context), action, sources);
            }
            if (inText == null) {
                warnings.add("recipient " + (recipient == null ? "(unnamed)" : recipient)
                        + " has no status code in the delivery-status part or the text; left out");
                return null;
            }
            code = inText.code();
            sources.put("code", ValueSource.MESSAGE_TEXT);
            if (text == null) {
                text = BounceText.diagnosticAt(context.reportText, inText.start());
                sources.put("text", ValueSource.MESSAGE_TEXT);
            }
        }
        Integer smtp = replyCode(context, diagnostic, code, sources);
        if (recipient == null) {
            recipient = context.textRecipient(sources);
        }
        if ("delayed".equals(action)) {
            warnings.add("recipient " + recipient + " was delayed, not refused (Action: delayed); imported as reported");
        }
        Ndr ndr = new Ndr(code, smtp, text, context.sender(sources), recipient, time(context, fields, sources), null);
        return new ImportedNdr(ndr, context.source, reportingServer(context), action, sources);
    }

    private static String recipient(Map<String, String> fields) {
        String recipient = BounceMessage.address(DeliveryStatus.withoutType(fields.get("final-recipient")));
        return recipient != null ? recipient : BounceMessage.address(DeliveryStatus.withoutType(fields.get("original-recipient")));
    }

    /** Diagnostic-Code without its type; Exchange sometimes gives only X-Supplementary-Info. */
    private static String diagnostic(Map<String, String> fields) {
        String diagnostic = DeliveryStatus.withoutType(fields.get("diagnostic-code"));
        if (diagnostic == null) {
            diagnostic = DeliveryStatus.withoutType(fields.get("x-supplementary-info"));
        }
        return diagnostic == null ? null : BounceText.oneLine(diagnostic);
    }

    /**
     * The Status field's code; the code in Diagnostic-Code when Status is missing, or is a generic x.0.0 of
     * the same class (a relay's "5.0.0" says less than the "550 5.7.705" or "550 #5.1.0" it relays).
     */
    private static String statusCode(Map<String, String> fields, String diagnostic) {
        String status = StatusCodes.fromStatusField(fields.get("status"));
        StatusCodes.Found inDiagnostic = StatusCodes.first(diagnostic);
        if (inDiagnostic == null) {
            return status;
        }
        if (status == null) {
            return inDiagnostic.code();
        }
        boolean moreSpecific = status.endsWith(".0.0")
                && inDiagnostic.code().charAt(0) == status.charAt(0) && !inDiagnostic.code().endsWith(".0.0");
        return moreSpecific ? inDiagnostic.code() : status;
    }

    private static Integer replyCode(BounceMessage context, String diagnostic, String code, Map<String, ValueSource> sources) {
        Integer smtp = StatusCodes.leadingReply(diagnostic);
        if (smtp == null) {
            smtp = code == null ? replyIn(diagnostic) : StatusCodes.replyBefore(diagnostic, code);
        }
        if (smtp != null) {
            sources.put("smtp", ValueSource.DELIVERY_STATUS);
            return smtp;
        }
        smtp = StatusCodes.replyBefore(context.reportText, code);
        if (smtp != null) {
            sources.put("smtp", ValueSource.MESSAGE_TEXT);
        }
        return smtp;
    }

    private static Integer replyIn(String diagnostic) {
        StatusCodes.Found reply = StatusCodes.firstBareReply(diagnostic);
        return reply == null ? null : reply.reply();
    }

    /** When the bounce was written; without a Date header, when delivery was last tried or the message arrived. */
    private static Instant time(BounceMessage context, Map<String, String> fields, Map<String, ValueSource> sources) {
        Instant at = context.generatedAt(sources);
        if (at != null) {
            return at;
        }
        at = BounceMessage.date(fields.get("last-attempt-date"));
        if (at == null) {
            at = BounceMessage.date(context.status.messageFields().get("arrival-date"));
        }
        if (at != null) {
            sources.put("at", ValueSource.DELIVERY_STATUS);
        }
        return at;
    }

    private static String reportingServer(BounceMessage context) {
        String reporting = DeliveryStatus.withoutType(context.status.messageFields().get("reporting-mta"));
        if (reporting == null) {
            reporting = BounceText.generatingServer(context.reportText);
        }
        // "dns; mx.example.com (tcp-daemon)": the host name without its comment
        return reporting == null ? null : reporting.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    private static StatusCodes.Found codeInTextFor(BounceMessage context, String recipient) {
        List<StatusCodes.Found> all = context.codesInReport();
        if (all.isEmpty()) {
            return null;
        }
        if (recipient != null) {
            String lower = context.lowerReport();
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
}
