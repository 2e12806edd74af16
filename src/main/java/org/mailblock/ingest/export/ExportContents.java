package org.mailblock.ingest.export;

import java.util.List;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Connector;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.OutboundSpamPolicy;

/**
 * What one export file holds, mapped to mailblock's values. Only the parts its command writes have entries
 * (a ScubaGear export fills several); the others are empty or {@code null}.
 *
 * @param acceptedDomains   {@code Get-AcceptedDomain}
 * @param connectors        {@code Get-InboundConnector}, {@code Get-OutboundConnector}
 * @param users             the user registration details report
 * @param subscriptions     {@code Get-MgDirectorySubscription}
 * @param spamPolicies      {@code Get-HostedOutboundSpamFilterPolicy}
 * @param blockedSenders    {@code Get-BlockedSenderAddress}: the addresses, lower-cased
 * @param mailboxes         {@code Get-Mailbox}
 * @param limits            {@code Get-LimitsEnforcementStatus}; {@code null} for other exports
 * @param blockedConnectors {@code Get-BlockedConnector}
 * @param inboxRules        {@code Get-InboxRule}
 * @param connectorChanges  {@code Search-UnifiedAuditLog} for connector changes
 * @param blockListEntries  {@code Get-TenantAllowBlockListItems -Block}: the blocked values
 * @param tracedDomains     {@code Get-MessageTraceV2}, grouped by sender domain and status
 * @param directoryRoles    {@code Get-MgDirectoryRole} with members
 * @param organization      {@code Get-MgOrganization}; {@code null} for other exports
 * @param subscribedSkus    {@code Get-MgSubscribedSku}
 * @param riskyUsers        {@code Get-MgRiskyUser}
 * @param privilegedUsers   ScubaGear's {@code privileged_users}
 * @param manifest          the collector's manifest; {@code null} for other exports
 * @param connectorGuids    the connectors' {@code Guid} (lower-cased) to their name, so that {@code Get-BlockedConnector}'s ConnectorId finds its connector
 */
public record ExportContents(List<AcceptedDomain> acceptedDomains, List<Connector> connectors, List<RegisteredUser> users,
                             List<DirectorySubscription> subscriptions, List<OutboundSpamPolicy> spamPolicies,
                             List<String> blockedSenders, List<ExportedMailbox> mailboxes, LimitsEnforcementStatus limits,
                             List<BlockedConnector> blockedConnectors, List<InboxRuleForwarding> inboxRules,
                             List<ConnectorChange> connectorChanges, List<String> blockListEntries, List<TracedDomain> tracedDomains,
                             List<DirectoryRole> directoryRoles, Organization organization, List<SubscribedSku> subscribedSkus,
                             List<RiskyUser> riskyUsers, List<PrivilegedUser> privilegedUsers, CollectorManifest manifest,
                             java.util.Map<String, String> connectorGuids) {

    public ExportContents {
        acceptedDomains = List.copyOf(acceptedDomains);
        connectors = List.copyOf(connectors);
        users = List.copyOf(users);
        subscriptions = List.copyOf(subscriptions);
        spamPolicies = List.copyOf(spamPolicies);
        blockedSenders = List.copyOf(blockedSenders);
        mailboxes = List.copyOf(mailboxes);
        blockedConnectors = List.copyOf(blockedConnectors);
        inboxRules = List.copyOf(inboxRules);
        connectorChanges = List.copyOf(connectorChanges);
        blockListEntries = List.copyOf(blockListEntries);
        tracedDomains = List.copyOf(tracedDomains);
        directoryRoles = List.copyOf(directoryRoles);
        subscribedSkus = List.copyOf(subscribedSkus);
        riskyUsers = List.copyOf(riskyUsers);
        privilegedUsers = List.copyOf(privilegedUsers);
        connectorGuids = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(connectorGuids));
    }
}
