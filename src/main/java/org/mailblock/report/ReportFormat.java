package org.mailblock.report;

/** The forms a diagnosis can be rendered in. */
public enum ReportFormat {
    /** For people at a terminal, wrapped to 80 columns. */
    TEXT,
    /** The stable JSON contract, pretty-printed. */
    JSON,
    /** The same JSON on one line, for one diagnosis per line in batches. */
    JSONL,
    /** GitHub-flavoured Markdown for tickets. */
    MARKDOWN,
    /** One self-contained HTML page. */
    HTML
}
