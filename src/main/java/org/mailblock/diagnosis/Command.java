package org.mailblock.diagnosis;

/**
 * A PowerShell or Graph command that checks or carries out an action.
 *
 * @param purpose {@code check} or {@code fix}
 * @param run     the command line, ready to paste
 */
public record Command(String purpose, String run) {
}
