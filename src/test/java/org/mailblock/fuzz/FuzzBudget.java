package org.mailblock.fuzz;

import java.security.SecureRandom;

/**
 * How long the fuzz tests run and from which seed. The normal test suite runs each test's own
 * number of cases with a fixed seed, so every build checks the same cases; a longer run
 * multiplies the cases and draws a new seed each time:
 *
 * <pre>
 * mvn -B -Pfuzz test                                        # 20 times the cases, random seed
 * mvn -B -Pfuzz test -Dmailblock.fuzz.scale=100             # 100 times
 * mvn -B -Pfuzz test -Dmailblock.fuzz.seed=-7261934598...   # repeat the run a failure reported
 * </pre>
 *
 * @param seed  the seed every case is derived from
 * @param scale how many times each test's own number of cases to run
 */
public record FuzzBudget(long seed, int scale) {

    /** System property: how many times the tests' cases to run; 1 by default. */
    public static final String SCALE = "mailblock.fuzz.scale";
    /** System property: {@code fixed} (the default), {@code random}, or a seed to repeat. */
    public static final String SEED = "mailblock.fuzz.seed";
    /** The seed of the normal test suite. */
    static final long FIXED_SEED = 20261120L;

    /** A random seed drawn once, so that every fuzz test of one run reports the same seed. */
    private static final class RandomSeed {
        static final long VALUE = new SecureRandom().nextLong();
    }

    /**
     * The budget the system properties ask for.
     *
     * @return the budget
     * @throws IllegalArgumentException when a property is not understood
     */
    public static FuzzBudget fromSystemProperties() {
        return new FuzzBudget(seed(System.getProperty(SEED, "fixed").trim()), scale(System.getProperty(SCALE, "1").trim()));
    }

    /**
     * The number of cases to run.
     *
     * @param normal the number in the normal test suite
     * @return that number times the scale
     */
    public int cases(int normal) {
        return Math.multiplyExact(normal, scale);
    }

    private static long seed(String value) {
        if (value.isEmpty() || value.equals("fixed")) {
            return FIXED_SEED;
        }
        if (value.equals("random")) {
            return RandomSeed.VALUE;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED + " must be fixed, random or a whole number, not '" + value + "'", e);
        }
    }

    private static int scale(String value) {
        try {
            int scale = value.isEmpty() ? 1 : Integer.parseInt(value);
            if (scale < 1) {
                throw new IllegalArgumentException(SCALE + " must be at least 1, not " + value);
            }
            return scale;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SCALE + " must be a whole number, not '" + value + "'", e);
        }
    }
}
