package org.mailblock.fuzz;

import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How long the fuzz properties run. The normal test suite runs each property's own number of
 * tries with a fixed seed, so every build checks the same cases; a longer run multiplies the
 * tries and draws a new seed each time:
 *
 * <pre>
 * mvn -B -Pfuzz test                                        # 20 times the cases, random seed
 * mvn -B -Pfuzz test -Dmailblock.fuzz.scale=100             # 100 times
 * mvn -B -Pfuzz test -Dmailblock.fuzz.seed=-7261934598...   # repeat the run a failure reported
 * </pre>
 */
public final class FuzzBudget implements AroundPropertyHook {

    /** System property: how many times the properties' tries to run; 1 by default. */
    public static final String SCALE = "mailblock.fuzz.scale";
    /** System property: {@code fixed} (the default), {@code random}, or a seed to repeat. */
    public static final String SEED = "mailblock.fuzz.seed";
    /** The seed of the normal test suite. */
    static final String FIXED_SEED = "20261120";

    @Override
    public PropagationMode propagateTo() {
        // declared on a test class, it sets the budget of every property in it
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (context.findAnnotation(Example.class).isPresent()) {
            return property.execute();
        }
        PropertyAttributes attributes = context.attributes();
        int scale = scale();
        attributes.tries().ifPresent(tries -> attributes.setTries(Math.multiplyExact(tries, scale)));
        String seed = System.getProperty(SEED, "fixed").trim();
        if (seed.isEmpty() || seed.equals("fixed")) {
            attributes.setSeed(FIXED_SEED);
        } else if (!seed.equals("random")) {
            attributes.setSeed(seed);
        }
        return property.execute();
    }

    private static int scale() {
        String value = System.getProperty(SCALE, "1").trim();
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
