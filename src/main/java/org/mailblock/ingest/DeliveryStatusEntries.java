package org.mailblock.ingest;

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
        String recipient = BounceMessage.address(DeliveryStatus.withoutType(fields.get("final-recipient")));
        if (recipient == null) {
            recipient = BounceMessage.address(DeliveryStatus.withoutType(fields.get("original-recipient")));
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
        Instant at = context.generatedAt(sources);
        if (at == null) {
            at = BounceMessage.date(fields.get("last-attempt-date"));
            if (at == null) {
                at = BounceMessage.date(context.status.messageFields().get("arrival-date"));
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

}
