package org.mailblock.authoring;

import org.mailblock.engine.inspect.RuleOutline;
import org.mailblock.engine.inspect.Workbench;
import org.mailblock.engine.rulebase.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every rule with its metadata, and every cause and action of the catalogue with the rules that
 * conclude it: the table {@code mailblock rules} prints and docs/rules.md carries.
 *
 * @param rules   every rule, in file and line order
 * @param causes  every cause, in catalogue order
 * @param actions every action, in plan order
 */
public record RuleListing(List<RuleRow> rules, List<CauseRow> causes, List<ActionRow> actions) {

    /**
     * A rule.
     *
     * @param id          its {@code @id}
     * @param description its one-line comment
     * @param codes       its {@code @codes}
     * @param file        its DRL file
     * @param line        the line of its {@code rule} keyword
     * @param salience    its salience, which places it in a layer (classify 40, derive 35, causes 30, plan 20, questions 10)
     * @param concludes   what it concludes, as {@code kind id}
     */
    public record RuleRow(String id, String description, List<String> codes, String file, int line, Integer salience,
                          List<String> concludes) {
    }

    /**
     * A cause of the catalogue.
     *
     * @param id          its identifier
     * @param title       its title
     * @param codes       the NDR codes it explains
     * @param concludedBy the rules that conclude it
     */
    public record CauseRow(String id, String title, List<String> codes, List<String> concludedBy) {
    }

    /**
     * An action of the catalogue.
     *
     * @param order      its place in every plan
     * @param id         its identifier
     * @param title      its title
     * @param proposedBy the rules that propose it
     */
    public record ActionRow(int order, String id, String title, List<String> proposedBy) {
    }

    /** Copies the lists. */
    public RuleListing {
        rules = List.copyOf(rules);
        causes = List.copyOf(causes);
        actions = List.copyOf(actions);
    }

    /** Lists the rules and catalogue of the rule base the workbench has open. */
    public static RuleListing of(Workbench workbench) {
        List<RuleRow> rules = new ArrayList<>();
        for (RuleOutline o : workbench.outlines()) {
            rules.add(new RuleRow(o.id(), o.description() == null ? "" : o.description(), o.codes(), o.file(), o.line(), o.salience(),
                    o.concludes().stream().filter(c -> !c.kind().equals("answered cause")).map(c -> c.kind() + " " + c.id())
                            .distinct().toList()));
        }
        List<CauseRow> causes = new ArrayList<>();
        List<ActionRow> actions = new ArrayList<>();
        workbench.catalogue().ifPresent(c -> {
            for (Catalogue.CauseEntry e : c.causes()) {
                causes.add(new CauseRow(e.id(), e.title(), e.ndr(), concluding(workbench, "cause", e.id())));
            }
            for (Catalogue.ActionEntry e : c.actions()) {
                actions.add(new ActionRow(e.order(), e.id(), e.title(), concluding(workbench, "action", e.id())));
            }
        });
        return new RuleListing(rules, causes, actions);
    }

    private static List<String> concluding(Workbench workbench, String kind, String id) {
        return workbench.outlines().stream()
                .filter(o -> o.concludes().stream().anyMatch(c -> c.kind().equals(kind) && c.id().equals(id)))
                .map(RuleOutline::id).distinct().toList();
    }

    /** The rules as the Markdown table of docs/rules.md: id, file, salience, NDR codes, description. */
    public String rulesMarkdown() {
        StringBuilder out = new StringBuilder("| rule | file | salience | NDR codes | what it says |\n|---|---|---|---|---|\n");
        for (RuleRow r : rules) {
            String file = r.file().substring(r.file().lastIndexOf('/') + 1);
            out.append("| `").append(r.id()).append("` | ").append(file).append(" | ")
                    .append(r.salience() == null ? "" : r.salience()).append(" | ")
                    .append(String.join(", ", r.codes())).append(" | ")
                    .append(r.description().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    /** Joins a list for a table cell. */
    static String cell(List<String> values) {
        return values.isEmpty() ? "-" : values.stream().collect(Collectors.joining(", "));
    }
}
