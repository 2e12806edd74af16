package org.mailblock.engine.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.Match;
import org.drools.tms.LogicalDependency;
import org.drools.tms.agenda.TruthMaintenanceSystemInternalMatch;

/**
 * What one firing concluded. Insert events alone miss a logical conclusion equal to one already
 * held: truth maintenance only adds the firing as one more justification of the held fact, and
 * raises no event. The firing's logical dependencies name those too.
 */
final class FiringConclusions {

    private FiringConclusions() {
    }

    /** The objects the firing inserted (as its insert events named them), then the logical conclusions the events missed. */
    static List<Object> of(Match match, List<Object> inserted) {
        List<Object> out = new ArrayList<>(inserted);
        if (!(match instanceof TruthMaintenanceSystemInternalMatch<?> tms) || tms.getLogicalDependencies() == null) {
            return out;
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(inserted);
        for (LogicalDependency<?> d = (LogicalDependency<?>) tms.getLogicalDependencies().getFirst(); d != null; d = d.getNext()) {
            if (seen.add(d.getObject())) {
                out.add(d.getObject());
            }
        }
        return out;
    }
}
