package org.mailblock.report;

import java.util.ArrayList;
import java.util.List;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Command;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.TenantBan;
import org.mailblock.i18n.Messages;

/** The short notes every format writes beside a plan step or a command, worded once for all of them. */
final class StepNotes {

    private StepNotes() {
    }

    /** "waits for steps 1, 3 and 4", or {@code null} when the step waits for nothing. */
    static String waiting(Action a, Messages m) {
        List<Integer> steps = a.waitingFor();
        if (steps.isEmpty()) {
            return null;
        }
        if (steps.size() == 1) {
            return m.format("report.waits-for-one", "steps", steps.get(0));
        }
        List<String> numbers = steps.stream().map(String::valueOf).toList();
        String list = String.join(", ", numbers.subList(0, numbers.size() - 1)) + " " + m.text("report.and") + " "
                + numbers.get(numbers.size() - 1);
        return m.format("report.waits-for-many", "steps", list);
    }

    /** Where the command runs and how often, as one note; {@code null} when it needs none. */
    static String command(Command c, Messages m) {
        List<String> notes = new ArrayList<>();
        if (Command.ON_PREMISES.equals(c.shell())) {
            notes.add(m.text("report.shell-on-premises"));
        }
        if (c.forEach() > 0) {
            notes.add(m.format("report.for-each", "count", c.forEach()));
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /** The headline of the block: banned, not banned, or unknown. */
    static String ban(Diagnosis d, Messages m) {
        TenantBan ban = d.tenantBan();
        return m.text(ban == TenantBan.YES ? "report.banned" : ban == TenantBan.UNKNOWN ? "report.ban-unknown" : "report.not-banned");
    }
}
