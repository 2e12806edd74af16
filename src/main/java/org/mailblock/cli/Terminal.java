package org.mailblock.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error and standard output are terminals: the one decides whether a batch draws a
 * progress bar, the other whether the text report is coloured and wrapped to the terminal's width.
 */
final class Terminal {

    private static volatile boolean stderrIsTerminal;
    private static volatile boolean stdoutIsTerminal;

    private Terminal() {
    }

    /** Looks at the process's standard error once; only the real executable does this, never an embedded run. */
    static void detect() {
        stderrIsTerminal = isTerminal(2);
        stdoutIsTerminal = isTerminal(1);
    }

    static boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }

    static boolean stdoutIsTerminal() {
        return stdoutIsTerminal;
    }

    /** The terminal's width as picocli detects it (asking the terminal itself), or 0 when it cannot tell. */
    static int detectedWidth() {
        try {
            int width = new picocli.CommandLine.Model.UsageMessageSpec().autoWidth(true).width();
            return width == picocli.CommandLine.Model.UsageMessageSpec.DEFAULT_USAGE_WIDTH ? 0 : width;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static boolean isTerminal(int descriptor) {
        if (System.getenv("TERM") != null && System.getenv("TERM").equals("dumb")) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/" + descriptor);
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // no /proc (not Linux): a console means both ends are terminals, the best guess left
            return System.console() != null;
        }
    }
}
