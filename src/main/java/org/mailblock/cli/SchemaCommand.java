package org.mailblock.cli;

import java.util.concurrent.Callable;
import org.mailblock.load.FactFileSchema;
import org.mailblock.report.DiagnosisSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mailblock schema}: prints the JSON Schema of fact files, or of the diagnosis, for editors and other tools. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print the JSON Schema (draft-07) of fact file format version 1 to standard output.",
            "",
            "Editors use it to complete field names, show what each field means on hover, and mark "
                + "typos, unknown fields and wrong values while you type. In VS Code, install the YAML "
                + "extension (Red Hat, built on yaml-language-server), save the schema next to your fact "
                + "files and start each fact file with this line:",
            "",
            "  " + FactFileSchema.EDITOR_LINE_PREFIX + FactFileSchema.FILE_NAME,
            "",
            "The path is relative to the fact file; a URL works too. Instead of the line, VS Code can map "
                + "the schema to a folder in settings.json: \"yaml.schemas\": {\"./facts-v1.schema.json\": "
                + "\"facts/*.yaml\"}. Other editors that run yaml-language-server (Neovim, Helix, Emacs) read "
                + "the same line. The samples in facts-samples/ carry it already.",
            "",
            "The schema accepts what the loader accepts, with three exceptions that a schema cannot "
                + "express and 'mailblock diagnose' still refuses: YAML aliases (*name), a second document "
                + "in one file, and whole numbers written as decimals (14.0, 1e3).",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock schema > " + FactFileSchema.FILE_NAME,
            "  mailblock schema | jq '.properties.connectors.items.properties | keys'",
            "  mailblock schema --diagnosis > " + DiagnosisSchema.FILE_NAME,
            "", "Exit codes: 0 printed, 1 internal error, 2 bad usage."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--diagnosis", description = "Print the schema of the diagnosis (diagnose --format json) instead of the fact file's.")
    private boolean diagnosis;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.print(diagnosis ? DiagnosisSchema.text() : FactFileSchema.text());
        out.flush();
        return ExitCodes.OK;
    }
}
