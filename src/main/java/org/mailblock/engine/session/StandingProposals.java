package org.mailblock.engine.session;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailblock.diagnosis.Status;
import org.mailblock.engine.kb.Proposal;

/**
 * Decides which of the plan rules' proposals stand. A {@code verify} proposal says "check this",
 * a {@code done} proposal "the facts show it in order": once an action is shown done, its verify
 * proposals fall away, so a verify rule need not restate the negation of the done rule. What
 * stands then merges with the most urgent status winning: required, then verify, then done.
 */
public final class StandingProposals {

    private StandingProposals() {
    }

    /** The proposals that stand, in their original order. */
    public static List<Proposal> of(List<Proposal> proposals) {
        Set<String> shownDone = proposals.stream()
                .filter(p -> p.status() == Status.DONE)
                .map(Proposal::id)
                .collect(Collectors.toSet());
        return proposals.stream()
                .filter(p -> p.status() != Status.VERIFY || !shownDone.contains(p.id()))
                .toList();
    }
}
