package org.mailblock.ingest.bounce;

import org.mailblock.ingest.ImportedNdr;
import org.mailblock.ingest.ValueSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mailblock.facts.Ndr;

/** NDR entries from the human-readable text, for bounces whose delivery-status part is missing or gives no code. */
final class TextEntries {

    private TextEntries() {
    }

    /** The text-only layouts: Exchange's admin section gives one code per recipient; other texts one code. */
    static List<ImportedNdr> read(BounceMessage context) {
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
            String recipient = perRecipient ? BounceMessage.address(BounceText.addressBefore(report, previousEnd, f.start())) : null;
            if (recipient != null) {
                sources.put("recipient", ValueSource.MESSAGE_TEXT);
            } else {
                recipient = context.textRecipient(sources);
            }
            previousEnd = f.start() + 1;
            Ndr ndr = new Ndr(f.code(), smtp, text, context.sender(sources), recipient, context.generatedAt(sources), null);
            out.add(new ImportedNdr(ndr, context.source, reporting, null, sources));
        }
        return out;
    }

    /**
     * The entries of a bounce whose text carries no enhanced code: its failure reply and the words after it;
     * in the Exchange 2000/2003 layout, each recipient with the diagnostic lines under it; otherwise the answer
     * the report quotes ("The response was: ..."). The code stays unknown.
     */
    static List<ImportedNdr> withoutCode(BounceMessage context) {
        String report = context.reportText;
        StatusCodes.Found reply = StatusCodes.firstBareReply(report);
        if (reply != null) {
            return List.of(entry(context, reply.reply(), BounceText.diagnosticAt(report, reply.start()), null));
        }
        List<ImportedNdr> out = new ArrayList<>();
        for (BounceText.RecipientBlock block : BounceText.recipientBlocks(report)) {
            out.add(entry(context, null, block.text(), block.recipient()));
        }
        if (out.isEmpty()) {
            String answer = BounceText.quotedAnswer(report);
            if (answer == null) {
                answer = BounceText.linesUnder(report, context.textRecipient(new LinkedHashMap<>()));
            }
            if (answer != null) {
                out.add(entry(context, null, answer, null));
            }
        }
        return out;
    }

    private static ImportedNdr entry(BounceMessage context, Integer smtp, String text, String recipient) {
        Map<String, ValueSource> sources = new LinkedHashMap<>();
        if (smtp != null) {
            sources.put("smtp", ValueSource.MESSAGE_TEXT);
        }
        sources.put("text", ValueSource.MESSAGE_TEXT);
        if (recipient != null) {
            sources.put("recipient", ValueSource.MESSAGE_TEXT);
        } else {
            recipient = context.textRecipient(sources);
        }
        Ndr ndr = new Ndr(null, smtp, text, context.sender(sources), recipient, context.generatedAt(sources), null);
        return new ImportedNdr(ndr, context.source, BounceText.generatingServer(context.reportText), null, sources);
    }
}
