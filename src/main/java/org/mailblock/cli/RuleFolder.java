package org.mailblock.cli;

import org.mailblock.facts.VisibleText;
import org.mailblock.engine.inspect.Workbench;
import org.mailblock.engine.rulebase.RuleSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mailblock.engine.RuleBaseException;

/**
 * Which rule base a command runs. The authoring commands that only read rules: {@code --rules DIR}, else {@code rules/}
 * here, else the checkout's rules, else the packaged ones; the commands that run rules on a fact file (the reporting
 * commands and {@code explain}): {@code --rules DIR}, else the checkout's rules,
 * else the packaged ones. The checkout's rules are the folder {@value #CHECKOUT} names (the {@code mailblock}
 * launcher sets it to its own {@code rules/}); they are used only when they differ from the packaged copy, which
 * is then said in one line on standard error.
 */
final class RuleFolder {

    /** The folder the authoring commands use when {@code --rules} is not given and it exists. */
    static final Path DEFAULT = Path.of("rules");

    /** The environment variable naming the checkout's rule folder, which stands in for the packaged rules when it differs. */
    static final String CHECKOUT = "MAILBLOCK_RULES";

    private RuleFolder() {
    }

    /** The folder an authoring command uses, or {@code null} for the packaged rules; notes an edited default on {@code err}. */
    static Path choose(Path given, PrintWriter err) {
        if (given != null) {
            return given;
        }
        if (Files.isRegularFile(DEFAULT.resolve(RuleSource.CATALOGUE))) {
            noteIfEdited(DEFAULT, err);
            return DEFAULT;
        }
        return checkout(err);
    }

    /** The folder a reporting command runs, or {@code null} for the packaged rules; notes the checkout's rules on {@code err}. */
    static Path forReports(Path given, PrintWriter err) {
        return given != null ? given : checkout(err);
    }

    /** The checkout's rule folder when it is set and differs from the packaged rules, else {@code null}; notes it on {@code err}. */
    private static Path checkout(PrintWriter err) {
        Path folder = editedCheckout();
        if (folder != null) {
            noteEdited(folder, err);
        }
        return folder;
    }

    /** The checkout's rule folder when it is set and differs from the packaged rules, else {@code null}; says nothing. */
    static Path editedCheckout() {
        String named = System.getenv(CHECKOUT);
        if (named == null || named.isBlank()) {
            return null;
        }
        Path folder = shortest(Path.of(named));
        return PackagedRulesCopy.sameAs(folder) ? null : folder;
    }

    private static boolean noteIfEdited(Path folder, PrintWriter err) {
        if (PackagedRulesCopy.sameAs(folder)) {
            return false;
        }
        noteEdited(folder, err);
        return true;
    }

    /** Tells the user that the rules of a folder run instead of the packaged ones. */
    static void noteEdited(Path folder, PrintWriter err) {
        err.println(VisibleText.of("mailblock: using the rules in " + folder + "/, which differ from the rules packaged in the jar"));
        err.flush();
    }

    /** The folder relative to the working folder when it lies inside it, so that messages name {@code rules/x.drl}. */
    private static Path shortest(Path folder) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = folder.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : folder;
    }

    static Workbench open(Path folder) throws RuleBaseException {
        return folder == null ? Workbench.packaged() : Workbench.open(folder);
    }

    /** Help text for {@code --rules}. */
    static final String HELP = "The rule folder (.drl files and catalogue.yaml). Default: rules/ in the current folder if it exists, "
            + "else the folder " + CHECKOUT + " names if its rules differ from the packaged ones (the mailblock launcher "
            + "sets it to its checkout's rules/), else the rules packaged with mailblock.";

    /** Help text for {@code --rules} of a command that runs the rules on a fact file and so never picks a folder up by itself. */
    static final String NAMED_HELP = "The rule folder (.drl files and catalogue.yaml). Default: the folder " + CHECKOUT + " names if its "
            + "rules differ from the packaged ones (the mailblock launcher sets it to its checkout's rules/), else the rules packaged "
            + "with mailblock; never rules/ in the current folder, since rules run as code.";
}
