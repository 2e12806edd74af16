package org.mailblock.ingest.export;

import java.util.Set;

/**
 * The exports {@code mailblock import exo} understands, each recognized by the property names its
 * command writes (PowerShell writes them in PascalCase, Graph REST in camelCase; both are accepted).
 */
public enum ExportKind {
    /** {@code Get-AcceptedDomain | ConvertTo-Json}. */
    ACCEPTED_DOMAINS("Get-AcceptedDomain", Set.of("domainname", "domaintype"), Set.of()),
    /** {@code Get-InboundConnector | ConvertTo-Json}. */
    INBOUND_CONNECTORS("Get-InboundConnector", Set.of("connectortype"),
            Set.of("senderdomains", "senderipaddresses", "tlssendercertificatename", "restrictdomainstocertificate",
                    "restrictdomainstoipaddresses", "treatmessagesasinternal", "efskipips")),
    /** {@code Get-OutboundConnector | ConvertTo-Json}. */
    OUTBOUND_CONNECTORS("Get-OutboundConnector", Set.of("connectortype"),
            Set.of("recipientdomains", "smarthosts", "usemxrecord", "tlssettings", "routeallmessagesviaonpremises",
                    "istransportrulescoped", "allaccepteddomains")),
    /** {@code Get-MgReportAuthenticationMethodUserRegistrationDetail}, or GET /reports/authenticationMethods/userRegistrationDetails. */
    USER_REGISTRATION_DETAILS("Get-MgReportAuthenticationMethodUserRegistrationDetail (user registration details)",
            Set.of("userprincipalname", "isadmin", "ismfaregistered"), Set.of()),
    /** {@code Get-MgDirectorySubscription}, or GET /directory/subscriptions. */
    DIRECTORY_SUBSCRIPTIONS("Get-MgDirectorySubscription", Set.of("skupartnumber", "status"),
            Set.of("nextlifecycledatetime", "createddatetime", "istrial", "totallicenses", "commercesubscriptionid")),
    /** {@code Get-HostedOutboundSpamFilterPolicy | ConvertTo-Json}. */
    OUTBOUND_SPAM_POLICIES("Get-HostedOutboundSpamFilterPolicy", Set.of("recipientlimitperday", "actionwhenthresholdreached"),
            Set.of()),
    /** {@code Get-BlockedSenderAddress | ConvertTo-Json}: the users in Restricted entities. */
    BLOCKED_SENDERS("Get-BlockedSenderAddress", Set.of("senderaddress", "reason"), Set.of()),
    /** {@code Get-Mailbox | Select-Object UserPrincipalName,PrimarySmtpAddress,ForwardingSmtpAddress | ConvertTo-Json}. */
    MAILBOXES("Get-Mailbox", Set.of("userprincipalname", "primarysmtpaddress"),
            Set.of("forwardingsmtpaddress", "forwardingaddress", "delivertomailboxandforward", "recipienttypedetails")),
    /** {@code Get-LimitsEnforcementStatus | ConvertTo-Json}: the tenant external recipient rate limit. */
    LIMITS_ENFORCEMENT_STATUS("Get-LimitsEnforcementStatus", Set.of("observedvalue", "threshold"), Set.of());

    private final String command;
    private final Set<String> required;
    private final Set<String> distinguishing;

    ExportKind(String command, Set<String> required, Set<String> distinguishing) {
        this.command = command;
        this.required = required;
        this.distinguishing = distinguishing;
    }

    /** The command that writes this export, as users know it. */
    public String command() {
        return command;
    }

    /** Whether an object with these (lower-cased) property names is one this command writes. */
    boolean matches(Set<String> propertyNames) {
        if (!propertyNames.containsAll(required)) {
            return false;
        }
        return distinguishing.isEmpty() || distinguishing.stream().anyMatch(propertyNames::contains);
    }
}
