package org.mailblock.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a server runs.
 *
 * @param bind           the address to listen on; loopback unless told otherwise
 * @param port           the port; 0 picks a free one
 * @param rules          the rule folder, or {@code null} for the rules packaged with mailblock
 * @param watch          whether to recompile the rule folder when it changes and swap it in when it compiles
 * @param watchInterval  how often the rule folder is looked at under {@code watch}
 * @param maxBodyBytes   the largest request body accepted; larger ones are answered 413
 * @param threads        requests handled at once
 * @param queue          requests waiting for a thread; more are answered 503 at once
 * @param requestTimeout the longest a client may take to send a request or read an answer
 * @param decisionLog    where the decision log goes: a file (appended to), or {@code null} for standard error
 * @param logDecisions   whether to keep a decision log at all
 */
public record ServeSettings(String bind, int port, Path rules, boolean watch, Duration watchInterval, long maxBodyBytes,
                            int threads, int queue, Duration requestTimeout, Path decisionLog, boolean logDecisions) {

    /** The address served by default: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The port served by default. */
    public static final int DEFAULT_PORT = 8705;
    /** The default body limit, 1 MiB: far below the 256 MiB a fact file on disk may have, and far above any real tenant's bounce. */
    public static final long DEFAULT_MAX_BODY = 1L << 20;

    public ServeSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(watchInterval, "watchInterval");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        if (maxBodyBytes < 1 || threads < 1 || queue < 0) {
            throw new IllegalArgumentException("the body limit and the threads must be at least 1, the queue at least 0");
        }
        if (watch && rules == null) {
            throw new IllegalArgumentException("watching needs a rule folder");
        }
    }

    /** The defaults: loopback, port {@value #DEFAULT_PORT}, packaged rules, 1 MiB bodies, a thread per processor, decisions to standard error. */
    public static ServeSettings defaults() {
        return new ServeSettings(LOOPBACK, DEFAULT_PORT, null, false, Duration.ofSeconds(1), DEFAULT_MAX_BODY,
                Runtime.getRuntime().availableProcessors(), 64, Duration.ofSeconds(30), null, true);
    }

    /** These settings on another port. */
    public ServeSettings withPort(int other) {
        return new ServeSettings(bind, other, rules, watch, watchInterval, maxBodyBytes, threads, queue, requestTimeout, decisionLog, logDecisions);
    }

    /** These settings with a rule folder, watched or not. */
    public ServeSettings withRules(Path folder, boolean watched) {
        return new ServeSettings(bind, port, folder, watched, watchInterval, maxBodyBytes, threads, queue, requestTimeout, decisionLog, logDecisions);
    }

    /** These settings with another body limit. */
    public ServeSettings withMaxBodyBytes(long limit) {
        return new ServeSettings(bind, port, rules, watch, watchInterval, limit, threads, queue, requestTimeout, decisionLog, logDecisions);
    }

    /** These settings with another pool and queue. */
    public ServeSettings withConcurrency(int pool, int waiting) {
        return new ServeSettings(bind, port, rules, watch, watchInterval, maxBodyBytes, pool, waiting, requestTimeout, decisionLog, logDecisions);
    }

    /** These settings with the rule folder looked at this often. */
    public ServeSettings withWatchInterval(Duration interval) {
        return new ServeSettings(bind, port, rules, watch, interval, maxBodyBytes, threads, queue, requestTimeout, decisionLog, logDecisions);
    }

    /** These settings with the decision log in a file, or on standard error for {@code null}. */
    public ServeSettings withDecisionLog(Path file) {
        return new ServeSettings(bind, port, rules, watch, watchInterval, maxBodyBytes, threads, queue, requestTimeout, file, logDecisions);
    }

    /** These settings with a decision log kept. */
    public ServeSettings withDecisionLogOn() {
        return new ServeSettings(bind, port, rules, watch, watchInterval, maxBodyBytes, threads, queue, requestTimeout, decisionLog, true);
    }
}
