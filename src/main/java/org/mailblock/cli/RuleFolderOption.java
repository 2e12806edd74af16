package org.mailblock.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mailblock.engine.Workbench;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option of the authoring commands, and opening the rule base it names. */
final class RuleFolderOption {

    @Option(names = "--rules", paramLabel = "DIR", description = RuleFolder.HELP)
    private Path rules;

    /** The folder to use, or {@code null} for the packaged rules. */
    Path folder() {
        return RuleFolder.choose(rules);
    }

    /** Opens the chosen rule base, or prints why it cannot be read and returns {@code null}. */
    Workbench openOrReport(PrintWriter err) {
        return RuleFolder.openOrReport(folder(), err);
    }
}
