package org.mailblock.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Admin;
import org.mailblock.facts.Connector;
import org.mailblock.facts.ConnectorType;
import org.mailblock.facts.Direction;
import org.mailblock.facts.DomainType;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.OnPremisesServer;
import org.mailblock.facts.Outbound;
import org.mailblock.facts.SendingDomain;
import org.mailblock.facts.Signal;
import org.mailblock.facts.Subscription;
import org.mailblock.facts.SubscriptionStatus;
import org.mailblock.facts.Tenant;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.User;
import org.mailblock.facts.Via;

/**
 * Generates a large, realistic tenant for benchmarks: mostly 5.7.705 and 5.7.750 NDRs from many
 * senders, a few percent of suspicious or restricted users, a tenth of the sending domains not
 * registered, a few connectors nobody recognizes. The same sizes and seed give the same tenant.
 */
public final class SyntheticTenant {

    static final Instant COLLECTED = Instant.parse("2026-11-20T10:00:00Z");

    private SyntheticTenant() {
    }

    /** A tenant with the given numbers of NDR entries, users, sending domains and connectors, and 20 admins. */
    public static TenantFacts generate(int ndrs, int users, int domains, int connectors, long seed) {
        return generate(ndrs, users, domains, connectors, 20, false, seed);
    }

    /**
     * A tenant with the given size of every section. With {@code hostileConnectors}, a third of the inbound
     * connectors are ones nobody recognizes and whose creator is unknown, the shape that once made the engine
     * join every connector with every conclusion about one.
     */
    public static TenantFacts generate(int ndrs, int users, int domains, int connectors, int adminCount, boolean hostileConnectors,
            long seed) {
        Random random = new Random(seed);
        String[] codes = {"5.7.705", "5.7.705", "5.7.705", "5.7.750", "5.7.750", "5.1.8", "5.7.711", "5.7.233"};
        List<User> userList = new ArrayList<>(users);
        for (int i = 0; i < users; i++) {
            boolean suspicious = random.nextInt(50) == 0;
            userList.add(new User("user" + i + "@contoso.com", random.nextInt(100) == 0, random.nextBoolean(),
                    suspicious ? List.of(Signal.EXTERNAL_FORWARDING, Signal.RISKY_SIGN_IN) : List.of()));
        }
        List<SendingDomain> sending = new ArrayList<>(domains);
        List<AcceptedDomain> accepted = new ArrayList<>(domains);
        for (int i = 0; i < domains; i++) {
            String name = "domain" + i + ".example";
            sending.add(new SendingDomain(name, i % 3 == 0 ? Via.ON_PREMISES : Via.CLOUD));
            if (i % 10 != 0) {
                accepted.add(new AcceptedDomain(name, DomainType.AUTHORITATIVE, i % 97 != 0));
            }
        }
        List<Ndr> ndrList = new ArrayList<>(ndrs);
        for (int i = 0; i < ndrs; i++) {
            String code = codes[random.nextInt(codes.length)];
            String sender = code.equals("5.7.750") ? "spam" + i + "@" + "domain" + random.nextInt(domains) + ".example"
                    : "user" + random.nextInt(users) + "@contoso.com";
            ndrList.add(new Ndr(code, 550, "Access denied", sender, "rcpt" + i + "@fabrikam.example",
                    COLLECTED.minusSeconds(random.nextInt(86_400)), 1L + random.nextInt(3)));
        }
        List<Connector> connectorList = new ArrayList<>(connectors);
        for (int i = 0; i < connectors; i++) {
            if (hostileConnectors && i % 3 == 1) {
                connectorList.add(new Connector("Unknown " + i, Direction.INBOUND, ConnectorType.ON_PREMISES, true,
                        COLLECTED.minusSeconds(3_600L * (1 + i % 500)), null, Boolean.FALSE, List.of("203.0.113." + (i % 250)),
                        List.of("*"), null));
                continue;
            }
            boolean rogue = i % 40 == 7;
            connectorList.add(new Connector("Connector " + i, i % 2 == 0 ? Direction.INBOUND : Direction.OUTBOUND,
                    i % 4 == 0 ? ConnectorType.ON_PREMISES : ConnectorType.PARTNER, true,
                    COLLECTED.minusSeconds(86_400L * (rogue ? 2 : 400 + i)), rogue ? "admin3@contoso.com" : "admin0@contoso.com",
                    rogue ? Boolean.FALSE : (i % 5 == 0 ? null : Boolean.TRUE), List.of("198.51.100." + (i % 250)),
                    List.of("*"), i % 8 == 0 ? "mail" + i + ".domain" + (i % domains) + ".example" : null));
        }
        List<Admin> admins = new ArrayList<>();
        for (int i = 0; i < adminCount; i++) {
            admins.add(new Admin("admin" + i + "@contoso.com", List.of("Exchange Administrator"), i % 6 != 3));
        }
        List<OnPremisesServer> servers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, connectors / 4); i++) {
            servers.add(new OnPremisesServer("EX" + i, true, i % 9 != 0, i % 17 == 0));
        }
        return new TenantFacts(1, COLLECTED, new Tenant("contoso.onmicrosoft.com", false, Instant.parse("2020-01-01T00:00:00Z"), true),
                ndrList, sending, accepted, connectorList, admins, userList,
                new Subscription(SubscriptionStatus.ENABLED, null, null), servers, new Outbound(false, 250_000L));
    }

    /** The tenant as a fact file, so that loading can be measured too. */
    public static String toYaml(TenantFacts f) {
        StringBuilder y = new StringBuilder(f.ndrs().size() * 160);
        y.append("mailblock: 1\ncollectedAt: ").append(f.collectedAt()).append('\n');
        y.append("tenant:\n  name: ").append(f.tenant().name()).append("\n  trial: false\n  createdAt: 2020-01-01\n  hybrid: true\n");
        y.append("ndrs:\n");
        for (Ndr n : f.ndrs()) {
            y.append("  - code: ").append(n.code()).append("\n    smtp: 550\n    text: \"").append(n.text())
                    .append("\"\n    sender: ").append(n.sender()).append("\n    recipient: ").append(n.recipient())
                    .append("\n    at: ").append(n.at()).append("\n    count: ").append(n.count()).append('\n');
        }
        y.append("sendingDomains:\n");
        for (SendingDomain d : f.sendingDomains()) {
            y.append("  - name: ").append(d.name()).append("\n    via: ").append(d.via().wireName()).append('\n');
        }
        y.append("acceptedDomains:\n");
        for (AcceptedDomain d : f.acceptedDomains()) {
            y.append("  - name: ").append(d.name()).append("\n    type: Authoritative\n    verified: ").append(d.verified()).append('\n');
        }
        y.append("connectors:\n");
        for (Connector c : f.connectors()) {
            y.append("  - name: ").append(c.name()).append("\n    direction: ").append(c.direction().wireName())
                    .append("\n    type: ").append(c.type().wireName()).append("\n    enabled: true\n    createdAt: ")
                    .append(c.createdAt()).append("\n    createdBy: ").append(c.createdBy());
            if (c.recognized() != null) {
                y.append("\n    recognized: ").append(c.recognized());
            }
            y.append("\n    senderIpAddresses: [").append(c.senderIpAddresses().get(0)).append("]\n    senderDomains: [\"*\"]\n");
            if (c.tlsSenderCertificateName() != null) {
                y.append("    tlsSenderCertificateName: ").append(c.tlsSenderCertificateName()).append('\n');
            }
        }
        y.append("admins:\n");
        for (Admin a : f.admins()) {
            y.append("  - upn: ").append(a.upn()).append("\n    roles: [Exchange Administrator]\n    mfa: ").append(a.mfa()).append('\n');
        }
        y.append("users:\n");
        for (User u : f.users()) {
            y.append("  - upn: ").append(u.upn()).append("\n    restricted: ").append(u.restricted()).append("\n    mfa: ")
                    .append(u.mfa()).append("\n    signals: [")
                    .append(String.join(", ", u.signals().stream().map(Signal::wireName).toList())).append("]\n");
        }
        y.append("subscription:\n  status: Enabled\n");
        y.append("onPremisesServers:\n");
        for (OnPremisesServer s : f.onPremisesServers()) {
            y.append("  - name: ").append(s.name()).append("\n    relaysThroughExchangeOnline: true\n    lockedDown: ")
                    .append(s.lockedDown()).append("\n    openRelay: ").append(s.openRelay()).append('\n');
        }
        y.append("outbound:\n  bulkMail: false\n  messagesLast24h: ").append(f.outbound().messagesLast24h()).append('\n');
        return y.toString();
    }
}
