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

    /**
     * A PowerShell single-quoted string: a quote inside is written twice. PowerShell takes the
     * typographic single quotes (U+2018 to U+201B) for quotes too, so they are doubled as well:
     * otherwise a name holding one would end the string and run what follows it.
     */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c);
            if (c == '\'' || (c >= '\u2018' && c <= '\u201B')) {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
