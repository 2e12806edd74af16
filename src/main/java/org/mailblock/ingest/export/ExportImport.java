package org.mailblock.ingest.export;

import java.time.Instant;
import java.util.List;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Connector;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.OutboundSpamPolicy;

/**
 * What one export file gave.
 *
 * @param source        the file
 * @param kind          which command wrote it
 * @param contents      what it holds, mapped
 * @param initialDomain the tenant's {@code *.onmicrosoft.com} domain, when the export names it
 * @param latest        the newest point in time the export records (a change, a report update, the end of a run); {@code null} when none
 * @param notes         values left out, and why
 */
public record ExportImport(String source, ExportKind kind, ExportContents contents, String initialDomain, Instant latest,
                           List<String> notes) {

    public ExportImport {
        notes = List.copyOf(notes);
    }

    /** From {@code Get-AcceptedDomain} (or ScubaGear). */
    public List<AcceptedDomain> acceptedDomains() {
        return contents.acceptedDomains();
    }

    /** From {@code Get-InboundConnector} or {@code Get-OutboundConnector} (or ScubaGear). */
    public List<Connector> connectors() {
        return contents.connectors();
    }

    /** From the user registration details report. */
    public List<RegisteredUser> users() {
        return contents.users();
    }

    /** From {@code Get-MgDirectorySubscription}. */
    public List<DirectorySubscription> subscriptions() {
        return contents.subscriptions();
    }

    /** From {@code Get-HostedOutboundSpamFilterPolicy}. */
    public List<OutboundSpamPolicy> spamPolicies() {
        return contents.spamPolicies();
    }

    /** The addresses {@code Get-BlockedSenderAddress} lists, lower-cased. */
    public List<String> blockedSenders() {
        return contents.blockedSenders();
    }

    /** From {@code Get-Mailbox}. */
    public List<ExportedMailbox> mailboxes() {
        return contents.mailboxes();
    }

    /** From {@code Get-LimitsEnforcementStatus}; {@code null} for other exports. */
    public LimitsEnforcementStatus limits() {
        return contents.limits();
    }
}
