package org.mailblock.ingest.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The exports {@code mailblock import exo} understands, each recognized by the property names its
 * command writes (PowerShell writes them in PascalCase, Graph REST in camelCase; both are accepted).
 * Each also names the file the collector writes it to and the facts it gives, so that a step the
 * collector skipped can say which facts stay unknown.
 */
public enum ExportKind {
    /** {@code Get-AcceptedDomain | ConvertTo-Json}. */
    ACCEPTED_DOMAINS("Get-AcceptedDomain", "accepted-domains.json", "acceptedDomains and the tenant's name",
            Set.of("domainname", "domaintype"), Set.of()),
    /** {@code Get-InboundConnector | ConvertTo-Json}. */
    INBOUND_CONNECTORS("Get-InboundConnector", "inbound-connectors.json", "the inbound connectors",
            Set.of("connectortype"),
            Set.of("senderdomains", "senderipaddresses", "tlssendercertificatename", "restrictdomainstocertificate",
                    "restrictdomainstoipaddresses", "treatmessagesasinternal", "efskipips")),
    /** {@code Get-OutboundConnector | ConvertTo-Json}. */
    OUTBOUND_CONNECTORS("Get-OutboundConnector", "outbound-connectors.json", "the outbound connectors",
            Set.of("connectortype"),
            Set.of("recipientdomains", "smarthosts", "usemxrecord", "tlssettings", "routeallmessagesviaonpremises",
                    "istransportrulescoped", "allaccepteddomains")),
    /** {@code Get-MgReportAuthenticationMethodUserRegistrationDetail}, or GET /reports/authenticationMethods/userRegistrationDetails. */
    USER_REGISTRATION_DETAILS("Get-MgReportAuthenticationMethodUserRegistrationDetail (user registration details)", "registration.json",
            "admins and users[].mfa", Set.of("userprincipalname", "isadmin", "ismfaregistered"), Set.of()),
    /** {@code Get-MgDirectorySubscription}, or GET /directory/subscriptions. */
    DIRECTORY_SUBSCRIPTIONS("Get-MgDirectorySubscription", "subscriptions.json", "subscription.status and tenant.trial",
            Set.of("skupartnumber", "status"),
            Set.of("nextlifecycledatetime", "createddatetime", "istrial", "totallicenses", "commercesubscriptionid")),
    /** {@code Get-HostedOutboundSpamFilterPolicy | ConvertTo-Json}. */
    OUTBOUND_SPAM_POLICIES("Get-HostedOutboundSpamFilterPolicy", "outbound-spam-policies.json", "outboundSpamPolicies",
            Set.of("recipientlimitperday", "actionwhenthresholdreached"), Set.of()),
    /** {@code Get-BlockedSenderAddress | ConvertTo-Json}: the users in Restricted entities. */
    BLOCKED_SENDERS("Get-BlockedSenderAddress", "blocked-senders.json", "users[].restricted",
            Set.of("senderaddress", "reason"), Set.of()),
    /** {@code Get-Mailbox | Select-Object UserPrincipalName,PrimarySmtpAddress,ForwardingSmtpAddress | ConvertTo-Json}. */
    MAILBOXES("Get-Mailbox", "mailbox-forwarding.json", "users[].forwarding set on the mailboxes",
            Set.of("userprincipalname", "primarysmtpaddress"),
            Set.of("forwardingsmtpaddress", "forwardingaddress", "delivertomailboxandforward", "recipienttypedetails")),
    /** {@code Get-LimitsEnforcementStatus | ConvertTo-Json}: the tenant external recipient rate limit. */
    LIMITS_ENFORCEMENT_STATUS("Get-LimitsEnforcementStatus", "limits-enforcement-status.json", "limitsEnforcementStatus",
            Set.of("observedvalue", "threshold"), Set.of()),
    /** {@code Get-BlockedConnector | ConvertTo-Json}: the connectors in Restricted entities. */
    BLOCKED_CONNECTORS("Get-BlockedConnector", "blocked-connectors.json", "connectors[].restricted",
            Set.of("connectorid"), Set.of("connectorname", "reason", "createddatetime")),
    /** {@code Get-InboxRule -Mailbox <sender> | Select-Object MailboxOwnerId,Identity,Name,Enabled,ForwardTo,ForwardAsAttachmentTo,RedirectTo}. */
    INBOX_RULES("Get-InboxRule", "inbox-rules.json", "users[].forwarding by inbox rules",
            Set.of("mailboxownerid"), Set.of("forwardto", "forwardasattachmentto", "redirectto")),
    /** {@code Search-UnifiedAuditLog -Operations New-InboundConnector,Set-InboundConnector,...}. */
    CONNECTOR_AUDIT("Search-UnifiedAuditLog (connector changes)", "connector-audit.json", "connectors[].createdBy",
            Set.of("auditdata", "operations"), Set.of("userids", "creationdate")),
    /** {@code Get-TenantAllowBlockListItems -ListType Sender -Block}. */
    TENANT_BLOCK_LIST("Get-TenantAllowBlockListItems", "tenant-block-list.json", "the Tenant Allow/Block List's sender blocks",
            Set.of("value", "action"), Set.of("listtype", "listsubtype", "expirationdate", "entryvaluehash")),
    /** {@code Get-MessageTraceV2}, grouped by sender domain and status: {@code SenderDomain, Status, Count, FirstReceived, LastReceived}. */
    MESSAGE_TRACE("Get-MessageTraceV2 (grouped by sender domain)", "message-trace.json", "sendingDomains",
            Set.of("senderdomain", "status", "count"), Set.of()),
    /** {@code Get-MgDirectoryRole} with its members: {@code DisplayName, RoleTemplateId, Members: [ { Id, UserPrincipalName } ]}. */
    DIRECTORY_ROLES("Get-MgDirectoryRole (with members)", "directory-roles.json", "admins[].roles",
            Set.of("displayname", "roletemplateid"), Set.of("members")),
    /** {@code Get-MgOrganization}, or GET /organization. */
    ORGANIZATION("Get-MgOrganization", "organization.json", "tenant.createdAt, acceptedDomains[].verified and the tenant's name",
            Set.of("verifieddomains"), Set.of("createddatetime", "tenanttype", "displayname")),
    /** {@code Get-MgSubscribedSku}, or GET /subscribedSkus. */
    SUBSCRIBED_SKUS("Get-MgSubscribedSku", "subscribed-skus.json", "subscription.purchasedLicenses",
            Set.of("skupartnumber", "prepaidunits"), Set.of("capabilitystatus", "serviceplans", "consumedunits")),
    /** {@code Get-MgRiskyUser}, or GET /identityProtection/riskyUsers. */
    RISKY_USERS("Get-MgRiskyUser", "risky-users.json", "users[].signals (riskySignIn)",
            Set.of("userprincipalname", "riskstate"), Set.of()),
    /** The collector's {@code manifest.json}. */
    COLLECTOR_MANIFEST("the mailblock collector's manifest", "manifest.json", "which exports the collector wrote",
            Set.of("collector", "steps"), Set.of()),
    /** ScubaGear's {@code ProviderSettingsExport.json}: accepted domains, connectors and privileged users in one object. */
    SCUBAGEAR("ScubaGear (ProviderSettingsExport.json)", null, "acceptedDomains, connectors and admins",
            Set.of("module_version"), Set.of("accepted_domains", "inbound_connectors", "outbound_connectors", "privileged_users"));

    private final String command;
    private final String collectorFile;
    private final String gives;
    private final Set<String> required;
    private final Set<String> distinguishing;

    ExportKind(String command, String collectorFile, String gives, Set<String> required, Set<String> distinguishing) {
        this.command = command;
        this.collectorFile = collectorFile;
        this.gives = gives;
        this.required = required;
        this.distinguishing = distinguishing;
    }

    /** The command that writes this export, as users know it. */
    public String command() {
        return command;
    }

    /** The name of the file the collector writes this export to; {@code null} for exports of other tools. */
    public String collectorFile() {
        return collectorFile;
    }

    /** The facts this export gives, in the fact file's words. */
    public String gives() {
        return gives;
    }

    /** The export the collector writes to this file name, if any. */
    public static Optional<ExportKind> ofCollectorFile(String fileName) {
        return Arrays.stream(values()).filter(k -> k.collectorFile != null && k.collectorFile.equalsIgnoreCase(fileName)).findFirst();
    }

    /** Whether an object with these (lower-cased) property names is one this command writes. */
    boolean matches(Set<String> propertyNames) {
        if (!propertyNames.containsAll(required)) {
            return false;
        }
        return distinguishing.isEmpty() || distinguishing.stream().anyMatch(propertyNames::contains);
    }
}
