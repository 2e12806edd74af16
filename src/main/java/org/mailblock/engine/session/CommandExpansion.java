package org.mailblock.engine.session;

import org.mailblock.engine.rulebase.Catalogue;
import java.util.ArrayList;
import java.util.List;
import org.mailblock.diagnosis.Command;

/**
 * Fills an action's placeholder ({@code '<domain>'}, {@code '<user>'}, ...) with the targets the
 * rules named: one command per target when there are few, else the command once with the
 * placeholder and the number of targets it stands for.
 */
public final class CommandExpansion {

    /** Up to this many targets, each gets its own command; more would bury the plan in copies. */
    static final int MAX_COPIES = 5;

    private CommandExpansion() {
    }

    public static List<Command> expand(Catalogue.ActionEntry action, List<String> targets) {
        if (action.target() == null || targets.isEmpty()) {
            return action.commands();
        }
        String placeholder = "'<" + action.target() + ">'";
        List<Command> out = new ArrayList<>();
        for (Command c : action.commands()) {
            if (!c.run().contains(placeholder)) {
                out.add(c);
            } else if (targets.size() > MAX_COPIES) {
                out.add(c.forEachOf(targets.size()));
            } else {
                for (String target : targets) {
                    out.add(c.withRun(c.run().replace(placeholder, quoted(target))));
                }
            }
        }
        return out;
    }

    /** A PowerShell single-quoted string: a quote inside is written twice. */
    static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
