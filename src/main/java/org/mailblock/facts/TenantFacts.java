package org.mailblock.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one tenant: the content of a fact file, format version 1.
 * A {@code null} section or field is <em>unknown</em>, which rules treat differently from
 * an empty list or {@code false}.
 *
 * <p>Build one in code with {@link #builder(Instant, String)}, or load one from YAML with the
 * {@code load} package.
 *
 * @param mailblock         the fact file format version; always 1
 * @param collectedAt       when the facts were collected; "now" for every time rule
 * @param tenant            the tenant
 * @param ndrs              the NDRs seen; at least one
 * @param sendingDomains    domains mail is sent from
 * @param acceptedDomains   the tenant's accepted domains
 * @param connectors        inbound and outbound connectors
 * @param admins            accounts with admin roles
 * @param users             user accounts worth a look
 * @param subscription      the subscription's state and dates
 * @param onPremisesServers on-premises or third-party mail servers
 * @param outbound          what is known of the outgoing mail
 * @param outboundSpamPolicies    the outbound spam policies, the default one and custom ones with their scope
 * @param limitsEnforcementStatus the tenant external recipient rate limit and what counts against it
 */
public record TenantFacts(Integer mailblock, Instant collectedAt, Tenant tenant, List<Ndr> ndrs,
                          List<SendingDomain> sendingDomains, List<AcceptedDomain> acceptedDomains,
                          List<Connector> connectors, List<Admin> admins, List<User> users,
                          Subscription subscription, List<OnPremisesServer> onPremisesServers,
                          Outbound outbound, List<OutboundSpamPolicy> outboundSpamPolicies,
                          LimitsEnforcementStatus limitsEnforcementStatus) {

    /** The only fact file format version this release reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public TenantFacts {
        ndrs = Normalize.list(ndrs);
        sendingDomains = Normalize.list(sendingDomains);
        acceptedDomains = Normalize.list(acceptedDomains);
        connectors = Normalize.list(connectors);
        admins = Normalize.list(admins);
        users = Normalize.list(users);
        onPremisesServers = Normalize.list(onPremisesServers);
        outboundSpamPolicies = Normalize.list(outboundSpamPolicies);
    }

    /** Facts without outbound spam policies and limits enforcement status, both unknown. */
    public TenantFacts(Integer mailblock, Instant collectedAt, Tenant tenant, List<Ndr> ndrs,
                       List<SendingDomain> sendingDomains, List<AcceptedDomain> acceptedDomains,
                       List<Connector> connectors, List<Admin> admins, List<User> users,
                       Subscription subscription, List<OnPremisesServer> onPremisesServers, Outbound outbound) {
        this(mailblock, collectedAt, tenant, ndrs, sendingDomains, acceptedDomains, connectors, admins, users,
                subscription, onPremisesServers, outbound, null, null);
    }

    /** The names of the sections the file provides, so rules can tell "none" from "unknown". */
    public List<String> knownSections() {
        List<String> known = new ArrayList<>();
        addIfPresent(known, "ndrs", ndrs);
        addIfPresent(known, "sendingDomains", sendingDomains);
        addIfPresent(known, "acceptedDomains", acceptedDomains);
        addIfPresent(known, "connectors", connectors);
        addIfPresent(known, "admins", admins);
        addIfPresent(known, "users", users);
        addIfPresent(known, "subscription", subscription);
        addIfPresent(known, "onPremisesServers", onPremisesServers);
        addIfPresent(known, "outbound", outbound);
        addIfPresent(known, "outboundSpamPolicies", outboundSpamPolicies);
        addIfPresent(known, "limitsEnforcementStatus", limitsEnforcementStatus);
        return known;
    }

    private static void addIfPresent(List<String> known, String section, Object value) {
        if (value != null) {
            known.add(section);
        }
    }

    /** Starts a fact set for the tenant, collected at the given time, in format version 1. */
    public static Builder builder(Instant collectedAt, String tenantName) {
        return new Builder(collectedAt, Tenant.named(tenantName));
    }

    /** Builds {@link TenantFacts} in code. Sections never set stay unknown. */
    public static final class Builder {
        private final Instant collectedAt;
        private Tenant tenant;
        private final List<Ndr> ndrs = new ArrayList<>();
        private List<SendingDomain> sendingDomains;
        private List<AcceptedDomain> acceptedDomains;
        private List<Connector> connectors;
        private List<Admin> admins;
        private List<User> users;
        private Subscription subscription;
        private List<OnPremisesServer> onPremisesServers;
        private Outbound outbound;
        private List<OutboundSpamPolicy> outboundSpamPolicies;
        private LimitsEnforcementStatus limitsEnforcementStatus;

        private Builder(Instant collectedAt, Tenant tenant) {
            this.collectedAt = Objects.requireNonNull(collectedAt, "collectedAt");
            this.tenant = tenant;
        }

        /** Replaces the tenant, for example to say it is a trial or hybrid. */
        public Builder tenant(Tenant tenant) {
            this.tenant = tenant;
            return this;
        }

        /** Adds an NDR. */
        public Builder ndr(Ndr ndr) {
            ndrs.add(ndr);
            return this;
        }

        /** Sets the sending domains; an empty list means "none", not "unknown". */
        public Builder sendingDomains(List<SendingDomain> domains) {
            this.sendingDomains = domains;
            return this;
        }

        /** Sets the accepted domains. */
        public Builder acceptedDomains(List<AcceptedDomain> domains) {
            this.acceptedDomains = domains;
            return this;
        }

        /** Sets the connectors. */
        public Builder connectors(List<Connector> connectors) {
            this.connectors = connectors;
            return this;
        }

        /** Sets the admin accounts. */
        public Builder admins(List<Admin> admins) {
            this.admins = admins;
            return this;
        }

        /** Sets the users worth a look. */
        public Builder users(List<User> users) {
            this.users = users;
            return this;
        }

        /** Sets the subscription. */
        public Builder subscription(Subscription subscription) {
            this.subscription = subscription;
            return this;
        }

        /** Sets the on-premises servers. */
        public Builder onPremisesServers(List<OnPremisesServer> servers) {
            this.onPremisesServers = servers;
            return this;
        }

        /** Sets what is known of outgoing mail. */
        public Builder outbound(Outbound outbound) {
            this.outbound = outbound;
            return this;
        }

        /** Sets the outbound spam policies; an empty list means "none", not "unknown". */
        public Builder outboundSpamPolicies(List<OutboundSpamPolicy> policies) {
            this.outboundSpamPolicies = policies;
            return this;
        }

        /** Sets the tenant external recipient rate limit's status. */
        public Builder limitsEnforcementStatus(LimitsEnforcementStatus status) {
            this.limitsEnforcementStatus = status;
            return this;
        }

        /** The facts, not yet validated; the engine validates them before diagnosing. */
        public TenantFacts build() {
            return new TenantFacts(FORMAT_VERSION, collectedAt, tenant, ndrs, sendingDomains, acceptedDomains,
                    connectors, admins, users, subscription, onPremisesServers, outbound, outboundSpamPolicies,
                    limitsEnforcementStatus);
        }
    }
}
