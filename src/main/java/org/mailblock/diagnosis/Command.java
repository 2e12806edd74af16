package org.mailblock.diagnosis;

/**
 * A PowerShell or Graph command that checks or carries out an action.
 *
 * @param purpose {@code check} or {@code fix}
 * @param run     the command line, ready to paste
 * @param shell   where it runs when not in Exchange Online PowerShell or Graph: {@code on-premises}
 *                for the Exchange Management Shell on premises; {@code null} otherwise
 * @param forEach how many of the action's targets its placeholder stands for, when there are too many
 *                to write one command each; 0 when the command is complete as written
 */
public record Command(String purpose, String run, String shell, int forEach) {

    /** The shell of commands that run only in the Exchange Management Shell on premises. */
    public static final String ON_PREMISES = "on-premises";

    /** A command that runs in Exchange Online PowerShell or Graph and needs nothing filled in. */
    public Command(String purpose, String run) {
        this(purpose, run, null, 0);
    }

    /** The same command with another command line, for one target. */
    public Command withRun(String run) {
        return new Command(purpose, run, shell, 0);
    }

    /** The same command, standing for each of the given number of targets. */
    public Command forEachOf(int targets) {
        return new Command(purpose, run, shell, targets);
    }
}
