package org.mailblock.fuzz;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How the cases of a fuzz run ended, in all and per kind of change, so a reader sees that both
 * outcomes were exercised and a test can require that neither is rare.
 *
 * @param <O> the ways a case can end well
 */
public final class FuzzStatistics<O> {

    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final Map<String, Map<String, Integer>> outcomesByKind = new TreeMap<>();
    private int cases;

    void record(MutatedFactFile file, O outcome) {
        cases++;
        String name = String.valueOf(outcome);
        outcomes.merge(name, 1, Integer::sum);
        for (String kind : kindsOf(file)) {
            outcomesByKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
        }
    }

    /** The number of cases run. */
    public int cases() {
        return cases;
    }

    /**
     * The share of cases that ended this way.
     *
     * @param outcome the way
     * @return between 0 and 1
     */
    public double share(O outcome) {
        return cases == 0 ? 0 : (double) outcomes.getOrDefault(String.valueOf(outcome), 0) / cases;
    }

    /** The kinds of change (such as {@code Drop} or {@code Truncate}) at least one case made. */
    public Set<String> kinds() {
        return outcomesByKind.keySet();
    }

    /**
     * Counts per outcome in all, then per kind of change, one line each.
     *
     * @param title what was run
     * @return the lines
     */
    public String summary(String title) {
        StringBuilder out = new StringBuilder(title).append(": ").append(cases).append(" cases, ")
                .append(shares(outcomes, cases)).append('\n');
        int width = outcomesByKind.keySet().stream().mapToInt(String::length).max().orElse(0);
        outcomesByKind.forEach((kind, counts) -> {
            int withKind = counts.values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format(Locale.ROOT, "  %-" + width + "s %6d cases, %s%n", kind, withKind, shares(counts, withKind)));
        });
        return out.toString();
    }

    private static String shares(Map<String, Integer> counts, int total) {
        return String.join(", ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(e -> String.format(Locale.ROOT, "%s %d (%.1f%%)", e.getKey(), e.getValue(), 100.0 * e.getValue() / total))
                .toList());
    }

    /** The kinds of change made to the file, each once. */
    private static Set<String> kindsOf(MutatedFactFile file) {
        Set<String> kinds = new LinkedHashSet<>();
        Stream.concat(file.tree().stream(), file.bytes().stream())
                .map(m -> m.getClass().getSimpleName())
                .forEach(kinds::add);
        return kinds;
    }

}
