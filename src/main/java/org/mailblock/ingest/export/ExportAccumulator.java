package org.mailblock.ingest.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Connector;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.OutboundSpamPolicy;

/** Gathers what the objects of one file give, then hands it over as {@link ExportContents}. */
final class ExportAccumulator {
    final List<AcceptedDomain> domains = new ArrayList<>();
    final List<Connector> connectors = new ArrayList<>();
    final List<RegisteredUser> users = new ArrayList<>();
    final List<DirectorySubscription> subscriptions = new ArrayList<>();
    final List<OutboundSpamPolicy> spamPolicies = new ArrayList<>();
    final List<String> blockedSenders = new ArrayList<>();
    final List<ExportedMailbox> mailboxes = new ArrayList<>();
    final List<BlockedConnector> blockedConnectors = new ArrayList<>();
    final List<InboxRuleForwarding> inboxRules = new ArrayList<>();
    final List<ConnectorChange> connectorChanges = new ArrayList<>();
    final List<String> blockListEntries = new ArrayList<>();
    final List<TracedDomain> tracedDomains = new ArrayList<>();
    final List<DirectoryRole> directoryRoles = new ArrayList<>();
    final List<SubscribedSku> subscribedSkus = new ArrayList<>();
    final List<RiskyUser> riskyUsers = new ArrayList<>();
    final List<PrivilegedUser> privilegedUsers = new ArrayList<>();
    final java.util.Map<String, String> connectorGuids = new java.util.LinkedHashMap<>();
    LimitsEnforcementStatus limits;
    Organization organization;
    CollectorManifest manifest;
    String initialDomain;
    Instant latest;

    void seen(Instant at) {
        if (at != null && (latest == null || at.isAfter(latest))) {
            latest = at;
        }
    }

    ExportContents contents() {
        return new ExportContents(domains, connectors, users, subscriptions, spamPolicies, blockedSenders, mailboxes, limits,
                blockedConnectors, inboxRules, connectorChanges, blockListEntries, tracedDomains, directoryRoles, organization,
                subscribedSkus, riskyUsers, privilegedUsers, manifest, connectorGuids);
    }
}
