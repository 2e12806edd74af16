package org.mailblock.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, redrawn in place, with the rate so far and the time
 * left at that rate; messages printed through it clear the bar first so that the two never mix.
 * When disabled it only prints the messages.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    /** Room for the counts, the rate and the time left after the bar. */
    private static final int TAIL = 50;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private final LongSupplier nanoClock;
    private final long started;
    private int shown = -1;
    private long lastDraw;

    ProgressBar(PrintWriter err, boolean enabled, int total) {
        this(err, enabled, total, System::nanoTime);
    }

    /** A bar that reads the time from {@code nanoClock}, as {@link System#nanoTime()} gives it. */
    ProgressBar(PrintWriter err, boolean enabled, int total, LongSupplier nanoClock) {
        this.err = err;
        this.enabled = enabled && total > 1;
        this.total = total;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    /** Records that {@code done} files are finished; redraws at most every 100 ms, and at the end. */
    synchronized void update(int done) {
        if (!enabled || done <= shown) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        shown = done;
        draw(now);
    }

    /** Prints a message on a line of its own, above the bar. */
    synchronized void println(String message) {
        clear();
        err.println(message);
        if (enabled && shown >= 0) {
            draw(lastDraw);
        }
        err.flush();
    }

    /** Removes the bar, before the summary is written. */
    synchronized void finish() {
        clear();
        err.flush();
    }

    private void draw(long now) {
        err.print("\r" + line(shown, total, now - started));
        err.flush();
    }

    /** The bar for {@code done} of {@code total} files after {@code elapsedNanos}: {@code [###---] 12/40 files  3.0 files/s  0:09 left}. */
    static String line(int done, int total, long elapsedNanos) {
        int filled = (int) ((long) WIDTH * done / total);
        StringBuilder out = new StringBuilder("[").append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
                .append(done).append('/').append(total).append(" files");
        double seconds = elapsedNanos / 1e9;
        if (done > 0 && seconds > 0) {
            double rate = done / seconds;
            out.append(String.format(Locale.ROOT, "  %.1f files/s", rate));
            if (done < total) {
                out.append("  ").append(clock(Math.round((total - done) / rate))).append(" left");
            }
        }
        return out.toString();
    }

    /** Seconds as {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    private void clear() {
        if (enabled && shown >= 0) {
            err.print("\r" + " ".repeat(WIDTH + TAIL) + "\r");
        }
    }
}
