package org.mailblock.cli;

import org.mailblock.engine.inspect.Workbench;
import java.util.concurrent.Callable;
import org.mailblock.authoring.AuthoringJson;
import org.mailblock.authoring.AuthoringText;
import org.mailblock.authoring.RuleListing;
import org.mailblock.engine.RuleBaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mailblock rules}: the rules and the catalogue as tables. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "List every rule with its metadata, and every cause and action of the catalogue.",
            "",
            "For each rule: its @id, where it is (file:line), its salience (the layer: classify 40, derive 35, causes 30, plan 20, "
                + "questions 10), its @codes and its one-line description. For each cause and action: the rules that "
                + "conclude it. Read from the DRL text, so it lists a rule base that does not compile yet.",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock rules",
            "  mailblock rules --format json",
            "  mailblock rules --format markdown   # the rules table of docs/rules.md",
            "", "Exit codes:",
            "  0  listed",
            "  1  internal error",
            "  2  bad usage: the rule folder does not exist"})
final class RulesCommand implements Callable<Integer> {

    /** The formats {@code rules} writes. */
    enum ListingFormat {
        /** Tables for people. */
        text,
        /** For tools. */
        json,
        /** The rules table as docs/rules.md carries it. */
        markdown
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleFolderOption rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ListingFormat format;

    @Override
    public Integer call() throws RuleBaseException {
        Workbench workbench = rules.open();
        RuleListing listing = RuleListing.of(workbench);
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case json -> AuthoringJson.rules(listing);
            case markdown -> listing.rulesMarkdown();
            case text -> AuthoringText.rules(listing);
        });
        out.flush();
        return ExitCodes.OK;
    }
}
