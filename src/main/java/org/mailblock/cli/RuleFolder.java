package org.mailblock.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleSource;
import org.mailblock.engine.Workbench;

/** Which rule base the authoring commands open: {@code --rules DIR}, else {@code rules/} here, else the packaged one. */
final class RuleFolder {

    /** The folder the authoring commands use when {@code --rules} is not given and it exists. */
    static final Path DEFAULT = Path.of("rules");

    private RuleFolder() {
    }

    /** The folder to use, or {@code null} for the packaged rules. */
    static Path choose(Path given) {
        if (given != null) {
            return given;
        }
        return Files.isRegularFile(DEFAULT.resolve(RuleSource.CATALOGUE)) ? DEFAULT : null;
    }

    static Workbench open(Path folder) throws RuleBaseException {
        return folder == null ? Workbench.packaged() : Workbench.open(folder);
    }

    /** Help text for {@code --rules}. */
    static final String HELP = "The rule folder (.drl files and catalogue.yaml). Default: rules/ in the current folder if it exists, "
            + "else the rules packaged with mailblock.";
}
