package org.mailblock.engine.session;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.mailblock.facts.Ndr;

/**
 * Which input facts a rule base can match at all. The packaged rules reason about NDRs through
 * their tallies; inserting hundreds of thousands of single NDRs that no rule matches would only
 * fill the session, so they go in only when some rule (of a rule folder, say) has a pattern for them.
 */
public final class FactDemand {

    private FactDemand() {
    }

    /** Whether any pattern of any rule or query can match an {@link Ndr}: its type is Ndr or a supertype. */
    public static boolean matchesSingleNdrs(KieBase kieBase) {
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!(rule instanceof RuleImpl impl) || matches(impl.getLhs())) {
                    return true;   // a rule we cannot inspect may need them
                }
            }
        }
        return false;
    }

    private static boolean matches(RuleConditionElement element) {
        if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type
                && type.getClassType().isAssignableFrom(Ndr.class)) {
            return true;
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (nested != null && matches(nested)) {
                return true;
            }
        }
        return false;
    }
}
