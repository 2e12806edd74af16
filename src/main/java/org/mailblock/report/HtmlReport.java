package org.mailblock.report;

import java.util.List;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.i18n.Messages;

/**
 * The diagnosis as one self-contained HTML page: inline CSS, no scripts or outside assets, fit
 * to print. A summary on top, the causes with confidence and evidence, the numbered plan with
 * status badges and copyable commands, the open questions, and the timeline as inline SVG.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * The page; the diagnosis is already localized (and redacted, if wanted).
     *
     * @param timeline the dated facts, see {@link Timeline#of}; empty to leave the timeline out
     */
    public static String render(Diagnosis d, Messages m, List<Timeline.Event> timeline) {
        return Templates.render(Templates.HTML_REPORT, new ReportView(d, m, timeline));
    }
}
