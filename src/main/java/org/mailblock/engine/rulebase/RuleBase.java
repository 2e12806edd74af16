package org.mailblock.engine.rulebase;

import org.mailblock.engine.RuleInfo;
import java.util.List;
import org.kie.api.KieBase;

/**
 * A compiled rule base with its catalogue: built once, shared by every diagnosis.
 *
 * @param kieBase   the compiled rules
 * @param catalogue texts, order and commands
 * @param rules     every rule with its metadata, in file and line order
 * @param hash      {@code sha256:} of the rule files, catalogue and message bundles
 * @param wording   the English texts the evidence of a diagnosis is written with
 */
public record RuleBase(KieBase kieBase, Catalogue catalogue, List<RuleInfo> rules, String hash, EvidenceWording wording) {
}
