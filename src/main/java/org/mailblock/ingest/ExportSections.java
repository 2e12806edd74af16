package org.mailblock.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Connector;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.OutboundSpamPolicy;
import org.mailblock.ingest.export.BlockedConnector;
import org.mailblock.ingest.export.CollectorManifest;
import org.mailblock.ingest.export.ConnectorChange;
import org.mailblock.ingest.export.DirectoryRole;
import org.mailblock.ingest.export.DirectorySubscription;
import org.mailblock.ingest.export.ExportContents;
import org.mailblock.ingest.export.ExportImport;
import org.mailblock.ingest.export.ExportKind;
import org.mailblock.ingest.export.ExportedMailbox;
import org.mailblock.ingest.export.InboxRuleForwarding;
import org.mailblock.ingest.export.Organization;
import org.mailblock.ingest.export.PrivilegedUser;
import org.mailblock.ingest.export.RegisteredUser;
import org.mailblock.ingest.export.RiskyUser;
import org.mailblock.ingest.export.SubscribedSku;
import org.mailblock.ingest.export.TracedDomain;

/**
 * The exports' contents merged by kind ({@code null} where no export of that kind was imported, so that
 * "not collected" stays apart from "collected, none"), and which files gave each kind.
 */
final class ExportSections {
    List<AcceptedDomain> acceptedDomains;
    List<Connector> connectors;
    List<RegisteredUser> registered;
    List<DirectorySubscription> subscriptions;
    List<OutboundSpamPolicy> spamPolicies;
    List<String> blockedSenders;
    List<ExportedMailbox> mailboxes;
    LimitsEnforcementStatus limits;
    List<BlockedConnector> blockedConnectors;
    List<InboxRuleForwarding> inboxRules;
    List<ConnectorChange> connectorChanges;
    List<String> blockListEntries;
    List<TracedDomain> tracedDomains;
    List<DirectoryRole> directoryRoles;
    Organization organization;
    List<SubscribedSku> subscribedSkus;
    List<RiskyUser> riskyUsers;
    List<PrivilegedUser> privilegedUsers;
    CollectorManifest manifest;
    String manifestSource;
    final Map<String, String> connectorGuids = new LinkedHashMap<>();
    String initialDomain;
    String initialDomainSource;
    final Map<String, List<String>> files = new LinkedHashMap<>();

    ExportSections(List<ExportImport> exports) {
        for (ExportImport export : exports) {
            ExportContents c = export.contents();
            switch (export.kind()) {
                case ACCEPTED_DOMAINS -> acceptedDomains = append(acceptedDomains, c.acceptedDomains());
                case INBOUND_CONNECTORS, OUTBOUND_CONNECTORS -> connectors = append(connectors, c.connectors());
                case USER_REGISTRATION_DETAILS -> registered = append(registered, c.users());
                case DIRECTORY_SUBSCRIPTIONS -> subscriptions = append(subscriptions, c.subscriptions());
                case OUTBOUND_SPAM_POLICIES -> spamPolicies = append(spamPolicies, c.spamPolicies());
                case BLOCKED_SENDERS -> blockedSenders = append(blockedSenders, c.blockedSenders());
                case MAILBOXES -> mailboxes = append(mailboxes, c.mailboxes());
                case LIMITS_ENFORCEMENT_STATUS -> limits = limits == null ? c.limits() : limits;
                case BLOCKED_CONNECTORS -> blockedConnectors = append(blockedConnectors, c.blockedConnectors());
                case INBOX_RULES -> inboxRules = append(inboxRules, c.inboxRules());
                case CONNECTOR_AUDIT -> connectorChanges = append(connectorChanges, c.connectorChanges());
                case TENANT_BLOCK_LIST -> blockListEntries = append(blockListEntries, c.blockListEntries());
                case MESSAGE_TRACE -> tracedDomains = append(tracedDomains, c.tracedDomains());
                case DIRECTORY_ROLES -> directoryRoles = append(directoryRoles, c.directoryRoles());
                case ORGANIZATION -> organization = organization == null ? c.organization() : organization;
                case SUBSCRIBED_SKUS -> subscribedSkus = append(subscribedSkus, c.subscribedSkus());
                case RISKY_USERS -> riskyUsers = append(riskyUsers, c.riskyUsers());
                case COLLECTOR_MANIFEST -> {
                    if (manifest == null) {
                        manifest = c.manifest();
                        manifestSource = export.source();
                    }
                }
                case SCUBAGEAR -> {
                    // ScubaGear holds the accepted domains, the connectors and the privileged users in one file
                    if (!c.acceptedDomains().isEmpty()) {
                        acceptedDomains = append(acceptedDomains, c.acceptedDomains());
                    }
                    if (!c.connectors().isEmpty()) {
                        connectors = append(connectors, c.connectors());
                    }
                    privilegedUsers = append(privilegedUsers, c.privilegedUsers());
                }
            }
            connectorGuids.putAll(c.connectorGuids());
            files.computeIfAbsent(export.kind().name(), k -> new ArrayList<>()).add(export.source());
            if (initialDomain == null && export.initialDomain() != null) {
                initialDomain = export.initialDomain();
                initialDomainSource = export.source();
            }
        }
        acceptedDomains = distinctBy(acceptedDomains, AcceptedDomain::name);
        connectors = distinctBy(connectors, c -> c.direction() + " " + c.name());
        registered = distinctBy(registered, RegisteredUser::upn);
        spamPolicies = distinctBy(spamPolicies, OutboundSpamPolicy::name);
        blockedSenders = distinctBy(blockedSenders, address -> address);
        mailboxes = distinctBy(mailboxes, ExportedMailbox::upn);
        riskyUsers = distinctBy(riskyUsers, RiskyUser::upn);
    }

    /** The files that gave this kind, comma-separated; empty when none. */
    String filesOf(ExportKind kind) {
        return String.join(", ", files.getOrDefault(kind.name(), List.of()));
    }

    /** Whether an export of this kind was imported. */
    boolean has(ExportKind kind) {
        return files.containsKey(kind.name());
    }

    private static <T> List<T> append(List<T> to, List<T> more) {
        List<T> out = to == null ? new ArrayList<>() : to;
        out.addAll(more);
        return out;
    }

    private static <T> List<T> distinctBy(List<T> list, Function<T, String> key) {
        if (list == null) {
            return null;
        }
        Map<String, T> seen = new LinkedHashMap<>();
        for (T t : list) {
            seen.putIfAbsent(key.apply(t), t);
        }
        return new ArrayList<>(seen.values());
    }
}
