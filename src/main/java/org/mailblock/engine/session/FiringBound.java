package org.mailblock.engine.session;

/**
 * How many rule firings one diagnosis may take, {@code base + perFact * facts inserted}; a rule
 * base that fires more is stopped and reported as looping.
 *
 * @param base    firings allowed whatever the size of the tenant
 * @param perFact firings allowed per fact inserted
 */
public record FiringBound(long base, long perFact) {

    /** Ample room for real rule bases: 100,000 firings plus 20 per fact. */
    public static final FiringBound DEFAULT = new FiringBound(100_000, 20);

    /** Firings watched after the bound is hit, to name the rules that keep firing. */
    static final int LOOP_SAMPLE = 2_000;

    public FiringBound {
        if (base < 1 || perFact < 0) {
            throw new IllegalArgumentException("the firing limit needs base >= 1 and perFact >= 0");
        }
    }

    /** The bound for a session holding this many facts, leaving room for the loop sample within an int. */
    int limit(long inserted) {
        return (int) Math.min(Integer.MAX_VALUE - LOOP_SAMPLE, base + perFact * inserted);
    }
}
