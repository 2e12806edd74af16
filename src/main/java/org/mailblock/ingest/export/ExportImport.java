package org.mailblock.ingest.export;

import java.time.Instant;
import java.util.List;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Connector;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.OutboundSpamPolicy;

/**
 * What one export file gave. Only the list that matches {@link #kind()} has entries.
 *
 * @param source          the file
 * @param kind            which command wrote it
 * @param acceptedDomains from {@code Get-AcceptedDomain}
 * @param connectors      from {@code Get-InboundConnector} or {@code Get-OutboundConnector}
 * @param users           from the user registration details report
 * @param subscriptions   from {@code Get-MgDirectorySubscription}
 * @param initialDomain   the tenant's {@code *.onmicrosoft.com} domain, when the export names it
 * @param latest          the newest point in time the export records (a change, a report update); {@code null} when none
 * @param notes           values left out, and why
 * @param spamPolicies    from {@code Get-HostedOutboundSpamFilterPolicy}
 * @param blockedSenders  the addresses {@code Get-BlockedSenderAddress} lists, lower-cased
 * @param mailboxes       from {@code Get-Mailbox}
 * @param limits          from {@code Get-LimitsEnforcementStatus}; {@code null} for other exports
 */
public record ExportImport(String source, ExportKind kind, List<AcceptedDomain> acceptedDomains, List<Connector> connectors,
                           List<RegisteredUser> users, List<DirectorySubscription> subscriptions, String initialDomain,
                           Instant latest, List<String> notes, List<OutboundSpamPolicy> spamPolicies,
                           List<String> blockedSenders, List<ExportedMailbox> mailboxes, LimitsEnforcementStatus limits) {

    public ExportImport {
        acceptedDomains = List.copyOf(acceptedDomains);
        connectors = List.copyOf(connectors);
        users = List.copyOf(users);
        subscriptions = List.copyOf(subscriptions);
        notes = List.copyOf(notes);
        spamPolicies = List.copyOf(spamPolicies);
        blockedSenders = List.copyOf(blockedSenders);
        mailboxes = List.copyOf(mailboxes);
    }
}
