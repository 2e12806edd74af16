package org.mailblock.report;

import java.util.function.UnaryOperator;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.facts.TenantFacts;
import org.mailblock.i18n.Localizer;
import org.mailblock.i18n.Messages;

/**
 * Renders a diagnosis in any format and language, optionally redacted: the one call the CLI
 * and other services make. Thread-safe; each call redacts with placeholders of its own.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * A diagnosis prepared for showing: redacted first (when asked), then put into the messages'
     * language, with the text function that redacts whatever else is taken from the facts.
     *
     * @param diagnosis the diagnosis to show
     * @param redact    the function that redacts texts taken from the facts; identity when not redacting
     */
    public record Prepared(Diagnosis diagnosis, UnaryOperator<String> redact) {
    }

    /** Redacts (when asked) and localizes a diagnosis. */
    public static Prepared prepare(Diagnosis d, TenantFacts facts, Messages m, boolean redact) {
        if (!redact) {
            return new Prepared(Localizer.localize(d, m), UnaryOperator.identity());
        }
        Redaction r = Redaction.of(facts);
        Diagnosis redacted = r.diagnosis(d, m);
        return new Prepared(Localizer.localize(redacted, m), r::text);
    }

    /**
     * The report of one diagnosis.
     *
     * @param facts the facts it came from: the HTML and Markdown timelines and redaction draw on them
     */
    public static String render(ReportFormat format, Diagnosis d, TenantFacts facts, Messages m, boolean redact) {
        Prepared p = prepare(d, facts, m, redact);
        Diagnosis shown = p.diagnosis();
        return switch (format) {
            case TEXT -> TextReport.render(shown, m);
            case JSON -> JsonReport.render(shown);
            case JSONL -> JsonReport.renderLine(shown);
            case MARKDOWN -> MarkdownReport.render(shown, m, Timeline.of(facts, m, p.redact()));
            case HTML -> HtmlReport.render(shown, m, Timeline.of(facts, m, p.redact()));
        };
    }

    /** The text report of one diagnosis laid out for a terminal: wrapped to its width, coloured when asked. */
    public static String renderText(Diagnosis d, TenantFacts facts, Messages m, boolean redact, TextLayout layout) {
        return TextReport.render(prepare(d, facts, m, redact).diagnosis(), m, layout);
    }

    /** The support-case packet of one diagnosis, as Markdown or HTML; the diagnosis should carry its trace. */
    public static String packet(ReportFormat format, Diagnosis d, TenantFacts facts, Messages m, boolean redact) {
        Prepared p = prepare(d, facts, m, redact);
        return switch (format) {
            case MARKDOWN -> SupportPacket.markdown(p.diagnosis(), facts, m, p.redact());
            case HTML -> SupportPacket.html(p.diagnosis(), facts, m, p.redact());
            default -> throw new IllegalArgumentException("the packet is written as Markdown or HTML, not " + format);
        };
    }
}
