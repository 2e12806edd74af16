package org.mailblock.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mailblock.collector.CollectorScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mailblock collector}: prints the read-only collector script, so that the tenant's side needs only the jar. */
@Command(name = "collector",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print the collector script (PowerShell) to standard output, or write it to a file with -o.",
            "",
            "The script gathers, read-only, what 'mailblock import exo' reads: accepted domains, connectors, "
                + "restricted senders and connectors, the sending limits, outbound spam policies, mailbox forwarding, "
                + "the inbox rules of the senders that bounced, connector changes in the audit log, the Tenant "
                + "Allow/Block List, a message trace by sender domain, and from Microsoft Graph MFA registration, "
                + "directory roles with members, the organization, licenses, subscriptions and risky users. "
                + "Its only tenant calls are Get-, Search- and Find- cmdlets. It checks its rights first, says "
                + "what it cannot collect and why, and records every step in manifest.json.",
            "",
            "On the tenant's side (PowerShell 7, or Windows PowerShell 5.1 with -ExecutionPolicy Bypass), with the "
                + "ExchangeOnlineManagement and Microsoft.Graph modules installed:",
            "",
            "  pwsh -File " + CollectorScript.FILE_NAME + " -OutputFolder mailblock-export -Sender alice@contoso.com",
            "",
            "Parameters: -OutputFolder (required), -Sender (the senders whose mail bounced), -SkipGraph (Exchange "
                + "Online only), -DaysOfAudit (days of audit log to search, default 90).",
            "",
            "Then, on the analyst's side:",
            "",
            "  mailblock import -o tenant.yaml exo mailblock-export ndr bounce.eml",
            "  mailblock diagnose tenant.yaml",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock collector -o " + CollectorScript.FILE_NAME,
            "  mailblock collector | less",
            "", "Exit codes: 0 printed or written, 1 internal error, 2 bad usage or the file could not be written."})
final class CollectorCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the script here (atomically: complete or not at all) instead of to standard output.")
    private Path output;

    @Override
    public Integer call() {
        return Output.write(spec.commandLine(), output, CollectorScript.text());
    }
}
