package org.mailblock.report;

import java.util.List;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.i18n.Messages;

/**
 * The diagnosis as GitHub-flavoured Markdown for tickets: a summary table, the causes with their
 * evidence, the plan as a checklist with statuses, the commands in code blocks, the questions
 * and, when the facts are given, the timeline.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * The report; the diagnosis is already localized (and redacted, if wanted).
     *
     * @param timeline the dated facts, see {@link Timeline#of}; empty to leave the timeline out
     */
    public static String render(Diagnosis d, Messages m, List<Timeline.Event> timeline) {
        return Templates.render(Templates.MARKDOWN_REPORT, new ReportView(d, m, timeline));
    }
}
