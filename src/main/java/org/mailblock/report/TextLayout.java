package org.mailblock.report;

/**
 * How the text report is laid out: the width its prose is wrapped to, and whether it is coloured
 * with ANSI escapes. {@link #PLAIN} is what a file or a pipe gets, the same bytes on every machine.
 *
 * @param width  the columns prose is wrapped to, from {@value #MIN_WIDTH} to {@value #MAX_WIDTH}
 * @param colour whether statuses, confidences and headings are coloured
 */
public record TextLayout(int width, boolean colour) {

    /** The narrowest width the report is wrapped to: narrower terminals get lines that wrap on their own. */
    public static final int MIN_WIDTH = 40;
    /** The widest: longer lines are hard to read, however wide the terminal. */
    public static final int MAX_WIDTH = 120;
    /** The width of a file or a pipe. */
    public static final int DEFAULT_WIDTH = 80;
    /** 80 columns without colour. */
    public static final TextLayout PLAIN = new TextLayout(DEFAULT_WIDTH, false);

    /** Keeps the width within bounds. */
    public TextLayout {
        width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
    }
}
