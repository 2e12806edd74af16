package org.mailblock.cli;

import org.mailblock.report.ReportFormat;

/** The formats {@code diagnose} writes. */
enum OutputFormat {
    /** A report for people, wrapped to 80 columns. */
    text(ReportFormat.TEXT),
    /** The stable JSON contract for other services; several files make an array. */
    json(ReportFormat.JSON),
    /** One diagnosis per line, for batches. */
    jsonl(ReportFormat.JSONL),
    /** GitHub-flavoured Markdown, for tickets. */
    markdown(ReportFormat.MARKDOWN),
    /** One self-contained HTML page. */
    html(ReportFormat.HTML);

    final ReportFormat report;

    OutputFormat(ReportFormat report) {
        this.report = report;
    }
}
