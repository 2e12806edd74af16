package org.mailblock.cli;

/** The formats {@code diagnose} writes. */
enum OutputFormat {
    /** A report for people, wrapped to 80 columns. */
    text,
    /** The stable JSON contract for other services. */
    json
}
