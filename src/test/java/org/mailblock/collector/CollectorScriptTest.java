package org.mailblock.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the shipped collector script may call and what it writes, read from its text (no PowerShell needed). */
class CollectorScriptTest {

    /** The contract with the importers: each export file and the cmdlet (the manifest step name) that fills it. */
    static final Map<String, String> EXPORTS = contract();

    /** Cmdlets that act on the local session or files only, never on the tenant. */
    private static final Set<String> LOCAL = Set.of("Set-StrictMode", "Join-Path", "ConvertTo-Json", "Out-File",
            "Write-Progress", "Write-Warning", "Write-Host", "Select-Object", "Where-Object", "ForEach-Object", "Sort-Object",
            "Group-Object", "Get-Command", "Get-Module", "Import-Module");

    /** Signing in and out is the one thing besides reading the script does with the tenant. */
    private static final Set<String> SESSION = Set.of("Connect-ExchangeOnline", "Disconnect-ExchangeOnline", "Connect-MgGraph",
            "Disconnect-MgGraph");

    private static final Set<String> READ_VERBS = Set.of("get", "search", "find");

    /** Verbs that change something; in a string they may only name what the audit log is searched for, or advice. */
    private static final Set<String> CHANGING_VERBS = Set.of("new", "set", "remove", "add", "enable", "disable", "start", "stop",
            "clear", "update", "invoke", "register", "unregister", "grant", "revoke", "block", "unblock", "install", "uninstall",
            "reset", "restore", "move", "rename", "submit", "send", "approve", "deny", "suspend", "resume", "release", "import",
            "export", "publish", "write", "edit", "merge", "split", "lock", "unlock", "protect", "unprotect", "delete", "copy");

    private static final List<String> AUDITED = List.of("New-InboundConnector", "Set-InboundConnector", "Remove-InboundConnector",
            "New-OutboundConnector", "Set-OutboundConnector", "Remove-OutboundConnector");

    private final String script = CollectorScript.text();
    private final PowerShellText text = PowerShellText.of(script);

    private static Map<String, String> contract() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("accepted-domains.json", "Get-AcceptedDomain");
        m.put("inbound-connectors.json", "Get-InboundConnector");
        m.put("outbound-connectors.json", "Get-OutboundConnector");
        m.put("blocked-senders.json", "Get-BlockedSenderAddress");
        m.put("blocked-connectors.json", "Get-BlockedConnector");
        m.put("limits-enforcement-status.json", "Get-LimitsEnforcementStatus");
        m.put("outbound-spam-policies.json", "Get-HostedOutboundSpamFilterPolicy");
        m.put("mailbox-forwarding.json", "Get-Mailbox");
        m.put("inbox-rules.json", "Get-InboxRule");
        m.put("connector-audit.json", "Search-UnifiedAuditLog");
        m.put("tenant-block-list.json", "Get-TenantAllowBlockListItems");
        m.put("message-trace.json", "Get-MessageTraceV2");
        m.put("registration.json", "Get-MgReportAuthenticationMethodUserRegistrationDetail");
        m.put("directory-roles.json", "Get-MgDirectoryRole");
        m.put("organization.json", "Get-MgOrganization");
        m.put("subscribed-skus.json", "Get-MgSubscribedSku");
        m.put("subscriptions.json", "Get-MgDirectorySubscription");
        m.put("risky-users.json", "Get-MgRiskyUser");
        return m;
    }

    @Test
    void everyCommandTheScriptRunsIsLocalASignInOrATenantRead() {
        List<String> own = text.functions();
        List<String> offending = new ArrayList<>();
        for (String command : text.commandsInCode()) {
            String verb = command.substring(0, command.indexOf('-')).toLowerCase(Locale.ROOT);
            boolean allowed = LOCAL.contains(command) || SESSION.contains(command) || own.contains(command) || READ_VERBS.contains(verb);
            if (!allowed) {
                offending.add(command);
            }
        }

        assertThat(offending).as("commands in the collector that neither read the tenant nor act locally").isEmpty();
        assertThat(text.commandsInCode()).as("the parse found the calls").contains("Get-AcceptedDomain", "Search-UnifiedAuditLog",
                "Find-MgGraphCommand", "Get-ManagementRole", "Connect-ExchangeOnline", "Connect-MgGraph");
    }

    @Test
    void theScriptsOwnFunctionsCallNothingButWhatTheRuleAllowsEither() {
        // their bodies are code like the rest: a Set- inside Write-Export would be caught by the rule above
        assertThat(text.functions()).isNotEmpty().allSatisfy(f -> assertThat(script).contains("function " + f + " {"));
        assertThat(text.functions()).doesNotContainAnyElementsOf(EXPORTS.values()).doesNotContainAnyElementsOf(SESSION);
    }

    @Test
    void changingCmdletsAppearInStringsOnlyAsTheAuditedOperationsOrInstallAdvice() {
        List<String> changing = text.commandsInStrings().stream()
                .filter(c -> CHANGING_VERBS.contains(c.substring(0, c.indexOf('-')).toLowerCase(Locale.ROOT)))
                .toList();

        assertThat(new TreeSet<>(changing)).isSubsetOf(Stream.concat(AUDITED.stream(), Stream.of("Install-Module")).toList());
        String audited = block("$AuditedOperations = @(", ")");
        for (String operation : AUDITED) {
            assertThat(count(script, "'" + operation + "'")).as(operation + " named only in $AuditedOperations")
                    .isEqualTo(count(audited, "'" + operation + "'")).isEqualTo(1);
        }
        assertThat(script).contains("-Operations $AuditedOperations");
    }

    @Test
    void noTextIsEverRunAsACommand() {
        String code = text.code();
        assertThat(code.toLowerCase(Locale.ROOT)).doesNotContain("invoke-expression", "iex ", "[scriptblock]::create", ".invokecommand",
                "newscriptblock", "start-process", "invoke-command", "invoke-restmethod", "invoke-webrequest", "invoke-mggraphrequest");
        // the one call operator runs a script block written literally in the plan above it
        Matcher call = Pattern.compile("[&.]\\s*\\$").matcher(code);
        List<String> calls = new ArrayList<>();
        while (call.find()) {
            int end = code.indexOf('\n', call.start());
            String line = code.substring(call.start(), end).trim();
            if (line.startsWith("&")) {
                calls.add(line);
            }
        }
        assertThat(calls).containsExactly("& $Step.Collect");
    }

    @Test
    void theScriptIsAsciiSoWindowsPowerShellReadsItWithoutAByteOrderMark() {
        assertThat(script.chars().filter(c -> c > 0x7e || c < 0x20 && c != '\n' && c != '\r' && c != '\t').count()).isZero();
    }

    @Test
    void theScriptUsesNoSyntaxWindowsPowerShellLacks() {
        String code = text.code();
        assertThat(code).doesNotContain("??", "?.", "&&", "||", "-Parallel", "#requires -Version 7", "clean {");
        assertThat(Pattern.compile("\\s\\?\\s").matcher(code).find()).as("a ternary operator").isFalse();
    }

    @Test
    void theScriptTakesTheDocumentedParameters() {
        String params = block("param(", "\n)");
        assertThat(params).contains("[string]$OutputFolder", "[string[]]$Sender", "[switch]$SkipGraph", "[int]$DaysOfAudit")
                .contains("Mandatory = $true");
    }

    @Test
    void theScriptWritesExactlyTheContractsFilesAndTheManifest() {
        Set<String> written = new TreeSet<>();
        Matcher m = Pattern.compile("File = '([a-z0-9-]+\\.json)'").matcher(script);
        while (m.find()) {
            written.add(m.group(1));
        }
        assertThat(script).contains("-ChildPath 'manifest.json'");
        written.add("manifest.json");

        Set<String> expected = new TreeSet<>(EXPORTS.keySet());
        expected.add("manifest.json");
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void eachStepIsNamedAfterTheCmdletItRunsAndFillsItsContractFile() {
        Map<String, String> steps = steps();

        assertThat(steps.keySet()).containsExactlyElementsOf(EXPORTS.keySet());
        steps.forEach((file, name) -> assertThat(name).as(file).isEqualTo(EXPORTS.get(file)));
        for (String file : steps.keySet()) {
            String body = stepBody(file);
            assertThat(PowerShellText.of(body).commandsInCode()).as("the step writing " + file + " runs " + EXPORTS.get(file))
                    .contains(EXPORTS.get(file));
        }
    }

    @Test
    void theManifestCarriesTheContractsFields() {
        String manifest = block("$manifest = [ordered]@{", "\n    }");
        for (String field : List.of("collector", "collectorVersion", "startedAt", "finishedAt", "tenant", "powershell", "modules", "steps")) {
            assertThat(manifest).contains("\n        " + field + " ");
        }
        assertThat(manifest).contains("'mailblock-collector'");
        assertThat(script).contains("[ordered]@{ name = $Name; file = $File; status = $Status; reason = $Reason; count = $Count }")
                .contains("'collected'", "'skipped'", "'failed'")
                .contains("[ordered]@{ name = $_.Name; version = [string]$_.Version }");
    }

    @Test
    void everyTenantReadIsCheckedForRightsBeforeItRuns() {
        assertThat(script).contains("Get-ManagementRole -Cmdlet $Cmdlet", "Find-MgGraphCommand -Command $Command");
        assertThat(script.indexOf("$denied = Test-StepRight -Step $step"))
                .isPositive().isLessThan(script.indexOf("Invoke-CollectorStep -Step $step"));
    }

    @Test
    void everyFileTheCollectorWritesHasAFixture() throws IOException {
        Path fixtures = Path.of("src", "test", "resources", "collector-run");
        assertThat(fixtures).as("the fixtures of a collector run").isDirectory();
        List<String> present;
        try (Stream<Path> files = Files.list(fixtures)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        Set<String> expected = new TreeSet<>(EXPORTS.keySet());
        expected.add("manifest.json");
        if (present.isEmpty()) {
            // before the importers' fixtures arrive the folder holds only its README, which names each file to come
            String readme = Files.readString(fixtures.resolve("README.md"), StandardCharsets.UTF_8);
            assertThat(readme).contains(expected);
        } else {
            assertThat(present).containsAll(expected);
        }
    }

    @Test
    void theDocsNameEveryFileCmdletAndGraphScopeOfTheScript() throws IOException {
        String docs = Files.readString(Path.of("docs", "collector.md"), StandardCharsets.UTF_8);
        List<String> scopes = new ArrayList<>();
        Matcher m = Pattern.compile("'([A-Za-z]+(?:\\.[A-Za-z]+)+)'").matcher(block("$GraphScopes = @(", "\n)"));
        while (m.find()) {
            scopes.add(m.group(1));
        }

        assertThat(scopes).containsExactly("Organization.Read.All", "RoleManagement.Read.Directory", "User.ReadBasic.All",
                "AuditLog.Read.All", "IdentityRiskyUser.Read.All");
        scopes.forEach(scope -> assertThat(docs).contains("| `" + scope + "` |"));
        EXPORTS.forEach((file, cmdlet) -> assertThat(docs).contains("| " + file + " | `" + cmdlet));
        assertThat(docs).contains("| manifest.json |", "-OutputFolder", "-Sender", "-SkipGraph", "-DaysOfAudit",
                "mailblock import -o tenant.yaml exo mailblock-export ndr bounce.eml", "mailblock diagnose tenant.yaml");
    }

    /** Step file -> step name, in the plan's order. */
    private Map<String, String> steps() {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("@\\{ Name = '([A-Za-z0-9-]+)'; File = '([a-z0-9-]+\\.json)'; Kind = '(exchange|graph)'; Collect = \\{")
                .matcher(script);
        while (m.find()) {
            out.put(m.group(2), m.group(1));
        }
        return out;
    }

    private String stepBody(String file) {
        int start = script.indexOf("File = '" + file + "'");
        int next = script.indexOf("@{ Name = '", start);
        int end = next < 0 ? script.indexOf("\n)\n", start) : next;
        return script.substring(start, end);
    }

    private String block(String opening, String closing) {
        int start = script.indexOf(opening);
        assertThat(start).as(opening).isNotNegative();
        int end = script.indexOf(closing, start + opening.length());
        return script.substring(start, end + closing.length());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
