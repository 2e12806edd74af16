package org.mailblock.serve;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.mailblock.authoring.FileFingerprint;

/**
 * Looks at a rule folder at a fixed interval, in the background, and has the holder recompile it once
 * an edit has settled (the same fingerprint twice in a row, so a half-saved file is not compiled).
 */
final class RuleWatcher implements AutoCloseable {

    private final RuleBaseHolder holder;
    private final Consumer<String> log;
    private final ScheduledExecutorService timer;
    private String compiled;
    private String lastSeen;

    RuleWatcher(RuleBaseHolder holder, Duration interval, Consumer<String> log) {
        this.holder = holder;
        this.log = log;
        this.compiled = fingerprint();
        this.lastSeen = compiled;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mailblock-rule-watcher");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(10, interval.toMillis());
        timer.scheduleWithFixedDelay(this::look, millis, millis, TimeUnit.MILLISECONDS);
    }

    private String fingerprint() {
        return FileFingerprint.of(List.of(holder.folder()));
    }

    private void look() {
        try {
            String now = fingerprint();
            boolean settled = now.equals(lastSeen);
            lastSeen = now;
            if (settled && !now.equals(compiled)) {
                compiled = now;
                holder.reload();
            }
        } catch (RuntimeException e) {
            // the watcher must outlive one bad look at the folder; the rules that serve stay
            log.accept("mailblock serve: could not look at the rule folder: " + e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
