package org.mailblock.diagnosis;

import java.util.Locale;

/** How much a change of the facts changes a diagnosis, strongest first: the order questions are ranked in. */
public enum Impact {
    /** The leading cause changes, or a step that waits for the others (the Support request) becomes ready or stops being ready. */
    DECISIVE,
    /** A step of the plan changes its status, appears or goes. */
    STEP,
    /** Only a cause's confidence changes, or a cause appears or goes without changing the plan. */
    CONFIDENCE,
    /** Nothing a reader acts on changes. */
    NONE;

    /** The identifier used in JSON: {@code decisive}, {@code step}, {@code confidence}, {@code none}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stronger of two impacts. */
    public static Impact strongest(Impact a, Impact b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
