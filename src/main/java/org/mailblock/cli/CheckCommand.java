package org.mailblock.cli;

import org.mailblock.engine.inspect.Workbench;
import java.util.concurrent.Callable;
import org.mailblock.authoring.AuthoringJson;
import org.mailblock.authoring.AuthoringText;
import org.mailblock.authoring.CheckReport;
import org.mailblock.authoring.KnowledgeCheck;
import org.mailblock.authoring.SarifReport;
import org.mailblock.engine.Version;
import org.mailblock.engine.RuleBaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mailblock check}: compiler messages and lints for a rule folder. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check a rule base: compile it and lint the knowledge.",
            "",
            "Prints every compiler error and warning, and every finding of the lints, as "
                + "file:line:column: level: message (editors and CI logs link these). The lints check that every rule has "
                + "a one-line // comment directly above it, a unique kebab-case @id and @codes naming NDR codes; that no "
                + "metadata key has the name of a fact type (@ndr hides the type Ndr); that every symptom, cause, action "
                + "and question a rule concludes is defined in catalogue.yaml; that every catalogue entry is concluded "
                + "by some rule; that no condition uses the str[...] operators, which crash Drools 10.2.0; and it warns "
                + "about eval(...), which cannot use an index. It lints the message bundles in messages/ as well: every "
                + "catalogue entry has its texts in every language, every language has exactly the keys of en.yaml, and a "
                + "translation uses the same {placeholders} as the English text.",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock check",
            "  mailblock check --rules my-rules --format json",
            "  mailblock check --format sarif > mailblock.sarif",
            "", "Exit codes:",
            "  0  no errors (warnings allowed)",
            "  1  internal error",
            "  2  bad usage: no such rule folder, or a --format it cannot print",
            "  3  the rule base has errors"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleFolderOption rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private CheckFormat format;

    @Override
    public Integer call() throws RuleBaseException {
        Workbench workbench = rules.open();
        CheckReport report = KnowledgeCheck.run(workbench);
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case json -> AuthoringJson.check(report);
            case sarif -> SarifReport.of(report, Version.current());
            case text -> AuthoringText.check(report);
        });
        out.flush();
        return report.clean() ? ExitCodes.OK : ExitCodes.RULES_BROKEN;
    }
}
