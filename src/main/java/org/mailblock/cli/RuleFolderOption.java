package org.mailblock.cli;

import org.mailblock.engine.inspect.Workbench;
import java.nio.file.Path;
import org.mailblock.engine.RuleBaseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --rules DIR} option of the authoring commands, and opening the rule base it names. */
final class RuleFolderOption {

    @Option(names = "--rules", paramLabel = "DIR", description = RuleFolder.HELP)
    private Path rules;

    /** The command this option belongs to, whose standard error hears which rules are used. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The folder to use, or {@code null} for the packaged rules. */
    Path folder() {
        return RuleFolder.choose(rules, command.commandLine().getErr());
    }

    /**
     * Opens the chosen rule base.
     *
     * @throws RuleBaseException only when the folder cannot be read
     */
    Workbench open() throws RuleBaseException {
        return RuleFolder.open(folder());
    }
}
