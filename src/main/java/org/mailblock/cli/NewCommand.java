package org.mailblock.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.List;
import org.mailblock.authoring.CauseScaffold;
import org.mailblock.authoring.SampleScaffold;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.inspect.Workbench;
import org.mailblock.facts.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailblock new}: starting files for a knowledge author, which pass {@code check} and {@code test} as written. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {NewCommand.Sample.class, NewCommand.Cause.class},
        synopsisSubcommandLabel = "(sample NAME | cause ID)",
        description = {"Start a new file of the knowledge base from a skeleton that already passes check and test.", ""},
        footer = {"", "Examples:",
            "  mailblock new sample onmicrosoft-sender-over-limit",
            "  mailblock new sample --code 5.7.708 new-tenant-blocked-ip",
            "  mailblock new cause --code 5.7.708 --file causes-volume-and-reputation.drl shared-ip-pool-listed",
            "", "Exit codes:",
            "  0  the file was written",
            "  1  internal error",
            "  2  bad usage: a name that is not kebab-case, a cause that exists, or a file",
            "     that already exists (a sample is never overwritten); nothing is written",
            "  3  the rule base does not compile"})
final class NewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing what to create: try 'mailblock new sample NAME' or 'mailblock new cause ID'");
    }

    /** {@code new sample NAME}. */
    @Command(name = "sample",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "Write facts-samples/NAME.yaml (beside the rule folder): a fact file with one NDR and an expect: section "
                    + "that is what the rules conclude from it, so that 'mailblock test' passes it. Add the facts of the "
                    + "case, run 'mailblock test --run NAME', and bring expect: to the outcome the case must have."
            })
    static final class Sample implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The sample's name, kebab-case: the file is NAME.yaml.")
        private String name;

        @Option(names = "--code", paramLabel = "CODE", defaultValue = "5.7.705",
                description = "The NDR code the sample starts from (default: ${DEFAULT-VALUE}).")
        private String code;

        @Mixin
        private RuleFolderOption rules;

        @Override
        public Integer call() throws RuleBaseException {
            if (!SampleScaffold.NAME.matcher(name).matches()) {
                throw new UsageError("the name '" + name + "' is not kebab-case (lower-case words joined by '-', "
                        + "like renewal-days-ago); it becomes the file name NAME.yaml");
            }
            if (!SampleScaffold.CODE.matcher(code).matches()) {
                throw new UsageError("--code: '" + code + "' is not an enhanced status code such as 5.7.705");
            }
            Path folder = rules.folder();
            // where test looks for samples by default
            Path samples = folder == null ? Path.of("facts-samples") : folder.resolveSibling("facts-samples");
            Path file = samples.resolve(name + ".yaml");
            if (Files.exists(file)) {
                throw new UsageError(file + " already exists; choose another name (nothing was written)");
            }
            Workbench workbench = RuleFolder.open(folder);
            if (!workbench.compiles()) {
                throw new RuleBaseException(workbench.problems().stream().filter(p -> p.level().equals("error")).toList());
            }
            String text = SampleScaffold.write(workbench.engine(), name, code, Instant.now());
            try {
                Files.createDirectories(samples);
                // CREATE_NEW: a file that appeared since the check above is not overwritten either
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new UsageError(file + " already exists; choose another name (nothing was written)");
            } catch (IOException e) {
                throw new UsageError("cannot write " + file + ": " + e.getMessage());
            }
            spec.commandLine().getErr().println(VisibleText.of("mailblock new: wrote " + file + "; run mailblock test --run " + name));
            return ExitCodes.OK;
        }
    }

    /** {@code new cause ID}. */
    @Command(name = "cause",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "Add the skeleton of a root cause to the rule folder: its entry at the end of the causes in catalogue.yaml, "
                    + "its texts in every other language of messages/ (to translate), a rule cause-ID that concludes it "
                    + "(in a new causes-ID.drl, or at the end of --file), and two samples beside the rule folder, "
                    + "ID-fires.yaml and ID-does-not-fire.yaml, whose expect: pins that the rule fires in the one and not "
                    + "in the other. check passes on the result, and test on the two samples. Then write the rule's real "
                    + "conditions and evidence, the texts, the samples' facts, and a plan rule that answers the cause; "
                    + "'mailblock test' names the other samples the new rule fires in."
            })
    static final class Cause implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The cause's id, kebab-case, as reports and samples will name it.")
        private String id;

        @Option(names = "--code", paramLabel = "CODE", defaultValue = "5.7.705",
                description = "The NDR code the rule and the samples start from (default: ${DEFAULT-VALUE}).")
        private String code;

        @Option(names = "--file", paramLabel = "FILE.drl",
                description = "The .drl file of the rule folder the rule goes into, at its end (default: causes-ID.drl, created).")
        private String file;

        @Option(names = "--rules", paramLabel = "DIR", description = "The rule folder to add the cause to. Default: rules/ in the current folder.")
        private Path rules;

        @Override
        public Integer call() throws RuleBaseException {
            if (!SampleScaffold.NAME.matcher(id).matches()) {
                throw new UsageError("the id '" + id + "' is not kebab-case (lower-case words joined by '-', like mail-routing-loop)");
            }
            if (!SampleScaffold.CODE.matcher(code).matches()) {
                throw new UsageError("--code: '" + code + "' is not an enhanced status code such as 5.7.705");
            }
            String drl = file == null ? "causes-" + id + ".drl" : file;
            if (!drl.matches("[A-Za-z0-9._-]+\\.drl")) {
                throw new UsageError("--file: '" + drl + "' is not the name of a .drl file in the rule folder");
            }
            Path folder = rules == null ? RuleFolder.DEFAULT : rules;
            if (!Files.isRegularFile(folder.resolve("catalogue.yaml"))) {
                throw new UsageError(folder + " is not a rule folder (it has no catalogue.yaml); name one with --rules DIR");
            }
            CauseScaffold scaffold = new CauseScaffold(folder, id, code, drl);
            List<Path> written;
            try {
                written = scaffold.write(Instant.now());
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage() + "; nothing was written");
            }
            var err = spec.commandLine().getErr();
            written.forEach(p -> err.println(VisibleText.of("mailblock new: wrote " + p)));
            err.println("mailblock new: run mailblock check and mailblock test, then write the rule's conditions (" + drl + ")");
            return ExitCodes.OK;
        }
    }
}
