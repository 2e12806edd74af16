package org.mailblock.fleet;

import java.time.Duration;
import java.util.Objects;

/**
 * How the processor tallies and reports.
 *
 * @param topics   the topics it reads and writes
 * @param window   the length of the tumbling windows NDR events are tallied in
 * @param grace    how long after a window's end events that arrive late still count in it; the window's diagnosis
 *                 comes out once the events' time has passed its end plus this
 * @param language the language of the diagnoses' titles and texts (identifiers never change)
 */
public record FleetSettings(FleetTopics topics, Duration window, Duration grace, String language) {

    /** One-hour windows, five minutes' grace, English. */
    public static final FleetSettings DEFAULT = new FleetSettings(FleetTopics.DEFAULT, Duration.ofHours(1), Duration.ofMinutes(5), "en");

    public FleetSettings {
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(language, "language");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be longer than zero, not " + window);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the grace period cannot be negative: " + grace);
        }
    }

    /** These settings with windows of another length. */
    public FleetSettings withWindow(Duration length, Duration lateness) {
        return new FleetSettings(topics, length, lateness, language);
    }
}
