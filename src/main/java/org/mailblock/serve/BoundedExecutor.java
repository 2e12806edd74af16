package org.mailblock.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the server's exchanges on a fixed pool with a bounded queue. An exchange that finds the pool
 * and the queue full is run on a single overflow thread, marked {@link #overloaded()}, so that the
 * handler answers 503 at once instead of diagnosing; the server's own thread never blocks on a full queue.
 */
final class BoundedExecutor implements Executor {

    private static final ThreadLocal<Boolean> OVERLOADED = ThreadLocal.withInitial(() -> false);

    private final ThreadPoolExecutor pool;
    private final ThreadPoolExecutor overflow;
    /** Exchanges handed over and not finished: running, or waiting in the queue. */
    private final AtomicInteger active = new AtomicInteger();

    BoundedExecutor(int threads, int queue) {
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), named("mailblock-serve-"));
        overflow = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(1024), named("mailblock-overflow-"),
                new ThreadPoolExecutor.DiscardOldestPolicy());
    }

    /** Whether the exchange on this thread came when the server was full and must be turned away. */
    static boolean overloaded() {
        return OVERLOADED.get();
    }

    @Override
    public void execute(Runnable exchange) {
        active.incrementAndGet();
        Runnable counted = () -> {
            try {
                exchange.run();
            } finally {
                active.decrementAndGet();
            }
        };
        try {
            pool.execute(counted);
        } catch (RejectedExecutionException full) {
            try {
                overflow.execute(() -> {
                    OVERLOADED.set(true);
                    try {
                        counted.run();
                    } finally {
                        OVERLOADED.set(false);
                    }
                });
            } catch (RejectedExecutionException stopped) {
                active.decrementAndGet();
                throw stopped;
            }
        }
    }

    /** Waits until no exchange runs or waits, or the deadline ({@link System#nanoTime()}) passes; whether it got idle. */
    boolean awaitIdle(long deadlineNanos) throws InterruptedException {
        while (active.get() > 0) {
            if (System.nanoTime() >= deadlineNanos) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Stops taking work and waits up to the given time for the exchanges started to finish. */
    void shutdown(long millis) throws InterruptedException {
        pool.shutdown();
        overflow.shutdown();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        overflow.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        pool.shutdownNow();
        overflow.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
