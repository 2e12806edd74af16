package org.mailblock.engine.session;

import java.util.List;
import org.mailblock.engine.kb.Ask;
import org.mailblock.engine.kb.Cause;
import org.mailblock.engine.kb.Proposal;
import org.mailblock.engine.kb.Symptom;

/** What one session's rules concluded, before merging into a diagnosis, and its firings when they were recorded ({@code null} otherwise). */
public record Findings(List<Symptom> symptoms, List<Cause> causes, List<Proposal> proposals, List<Ask> asks,
                List<FiringRecorder.Firing> firings) {
}
