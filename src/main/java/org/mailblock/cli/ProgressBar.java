package org.mailblock.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place; messages printed through it
 * clear the bar first so that the two never mix. When disabled it only prints the messages.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private int shown = -1;
    private long lastDraw;

    ProgressBar(PrintWriter err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled && total > 1;
        this.total = total;
    }

    /** Records that {@code done} files are finished; redraws at most every 100 ms, and at the end. */
    synchronized void update(int done) {
        if (!enabled || done <= shown) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        shown = done;
        draw();
    }

    /** Prints a message on a line of its own, above the bar. */
    synchronized void println(String message) {
        clear();
        err.println(message);
        if (enabled && shown >= 0) {
            draw();
        }
        err.flush();
    }

    /** Removes the bar, before the summary is written. */
    synchronized void finish() {
        clear();
        err.flush();
    }

    private void draw() {
        int filled = (int) ((long) WIDTH * shown / total);
        err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + shown + "/" + total + " files");
        err.flush();
    }

    private void clear() {
        if (enabled && shown >= 0) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
        }
    }
}
