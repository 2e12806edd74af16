package org.mailblock.engine.inspect;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A rule's outline together with the parser's view of it, which diagnostic probes are built from.
 *
 * @param outline what authors see
 * @param descr   the parsed rule
 * @param pkg     the parsed file it belongs to
 * @param source  the DRL text of that file
 */
record ParsedRule(RuleOutline outline, RuleDescr descr, PackageDescr pkg, String source) {
}
