package org.mailblock.diagnosis;

import java.util.List;
import java.util.Locale;

/**
 * One difference between a diagnosis and the same diagnosis with other facts.
 *
 * @param kind       what changed
 * @param subject    the identifier of the cause or action concerned
 * @param step       the action's step number in the changed diagnosis (or the original one, when it goes); 0 for a cause
 * @param from       the confidence, status or identifier before; {@code null} when it did not exist
 * @param to         the confidence, status or identifier after; {@code null} when it no longer exists
 * @param waitingFor the steps a waiting action still waits for after the change; empty otherwise
 */
public record Change(Kind kind, String subject, int step, String from, String to, List<Integer> waitingFor) {

    public Change {
        waitingFor = List.copyOf(waitingFor);
    }

    /** What changed, each with the weight it has in ranking questions. */
    public enum Kind {
        /** Another cause leads, or none any more, or one now does. */
        LEADING_CAUSE(Impact.DECISIVE),
        /** A step that waits for the others (the Support request) becomes ready, or stops being ready. */
        READINESS(Impact.DECISIVE),
        /** Another step is next. */
        NEXT_STEP(Impact.STEP),
        /** A step changes its status, appears in the plan or leaves it. */
        STEP_STATUS(Impact.STEP),
        /** A cause appears, goes, or changes its confidence. */
        CONFIDENCE(Impact.CONFIDENCE),
        /** A waiting step still waits, on these steps: said so the reader knows what remains. */
        STILL_WAITING(Impact.NONE);

        private final Impact impact;

        Kind(Impact impact) {
            this.impact = impact;
        }

        /** How much this kind of change weighs. */
        public Impact impact() {
            return impact;
        }

        /** The identifier used in JSON, for example {@code leading-cause}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
