package org.mailblock.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which decides whether a batch draws a progress bar. */
final class Terminal {

    private static volatile boolean stderrIsTerminal;

    private Terminal() {
    }

    /** Looks at the process's standard error once; only the real executable does this, never an embedded run. */
    static void detect() {
        stderrIsTerminal = isTerminal();
    }

    static boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }

    private static boolean isTerminal() {
        if (System.getenv("TERM") != null && System.getenv("TERM").equals("dumb")) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // no /proc (not Linux): a console means both ends are terminals, the best guess left
            return System.console() != null;
        }
    }
}
