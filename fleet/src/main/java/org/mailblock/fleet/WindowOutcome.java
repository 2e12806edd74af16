package org.mailblock.fleet;

/**
 * The records one closed window gives, by topic; each may be absent.
 *
 * @param diagnosis  the diagnosis, for the diagnoses topic
 * @param change     what changed against the tenant's previous diagnosis, for the changes topic; {@code null} when nothing did
 * @param deadLetter why the window could not be diagnosed, for the dead-letter topic
 */
record WindowOutcome(String diagnosis, String change, String deadLetter) {
}
