package org.mailblock.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.RootCause;

/**
 * The tally at the end of a batch: how many tenants have each leading cause and each next
 * action, and which files failed with their error.
 *
 * @param files        how many files the batch covered
 * @param diagnosed    how many were diagnosed
 * @param byCause      tenants per leading cause id, most frequent first, then by id; {@code none} for no cause
 * @param byNextAction tenants per next action id, most frequent first, then by id; {@code none} when all is done
 * @param failures     the files that failed, in input order
 */
public record BatchSummary(int files, int diagnosed, Map<String, Integer> byCause, Map<String, Integer> byNextAction,
                           List<BatchOutcome> failures) {

    /** The id counted for a tenant with no leading cause or no next action. */
    public static final String NONE = "none";

    /** Tallies the outcomes of a batch. */
    public static BatchSummary of(List<BatchOutcome> outcomes) {
        Map<String, Integer> causes = new LinkedHashMap<>();
        Map<String, Integer> actions = new LinkedHashMap<>();
        List<BatchOutcome> failures = new ArrayList<>();
        int diagnosed = 0;
        for (BatchOutcome o : outcomes) {
            if (!o.ok()) {
                failures.add(o);
                continue;
            }
            diagnosed++;
            Diagnosis d = o.diagnosis();
            causes.merge(d.leadingCause().map(RootCause::id).orElse(NONE), 1, Integer::sum);
            actions.merge(d.nextAction().map(Action::id).orElse(NONE), 1, Integer::sum);
        }
        return new BatchSummary(outcomes.size(), diagnosed, sorted(causes), sorted(actions), List.copyOf(failures));
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
