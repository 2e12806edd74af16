package org.mailblock.facts;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The checks every set of facts must pass before diagnosis, whether it was loaded from a fact file
 * or built in code: required fields, the format version, NDR codes, counts and address forms.
 *
 * <p>Problems are reported with fact file paths such as {@code connectors[1].createdAt}
 * (0-based indexes, in list order) and in the order of the fact file format.
 */
public final class FactsValidator {

    /** At most this many problems are reported, so a badly broken file still gives a readable answer. */
    public static final int MAX_PROBLEMS = 50;

    private static final int MAX_QUOTED = 60;

    private FactsValidator() {
    }

    /**
     * Checks the facts.
     *
     * @param facts the facts to check
     * @return the problems found, at most {@link #MAX_PROBLEMS}; empty when the facts are usable
     */
    public static List<FactProblem> validate(TenantFacts facts) {
        if (Passed.contains(facts)) {
            return List.of();
        }
        List<FactProblem> found = check(facts);
        if (found.isEmpty()) {
            Passed.add(facts);
        }
        return found;
    }

    private static List<FactProblem> check(TenantFacts facts) {
        Problems problems = new Problems();
        if (facts == null) {
            problems.add("", "no facts at all; a fact file starts with 'mailblock: 1'");
            return problems.list();
        }
        checkVersion(problems, facts.mailblock());
        if (facts.collectedAt() == null) {
            problems.add("collectedAt", "missing required field 'collectedAt' "
                    + "(when the facts were collected, a date-time with zone such as 2026-11-20T10:00:00Z)");
        }
        checkTenant(problems, facts.tenant());
        checkNdrs(problems, facts.ndrs());
        checkEntries(problems, "sendingDomains", facts.sendingDomains(),
                (path, domain) -> requireText(problems, path, "name", domain.name(), "the domain, for example contoso.com"));
        checkEntries(problems, "acceptedDomains", facts.acceptedDomains(),
                (path, domain) -> requireText(problems, path, "name", domain.name(), "the domain, for example contoso.com"));
        checkEntries(problems, "connectors", facts.connectors(), (path, connector) -> checkConnector(problems, path, connector));
        checkEntries(problems, "admins", facts.admins(), (path, admin) -> {
            requireText(problems, path, "upn", admin.upn(), "the user principal name, for example admin@contoso.com");
            checkEntries(problems, new Field(path, "roles"), admin.roles(), (rolePath, role) -> { });
        });
        checkEntries(problems, "users", facts.users(), (path, user) -> checkUser(problems, path, user));
        if (facts.subscription() != null) {
            atLeastZero(problems, "subscription.purchasedLicenses", facts.subscription().purchasedLicenses());
        }
        checkEntries(problems, "onPremisesServers", facts.onPremisesServers(), (path, server) -> {
            requireText(problems, path, "name", server.name(), "the server's name, for example EX01");
            checkAddresses(problems, new Field(path, "egressIps"), server.egressIps());
        });
        checkOutbound(problems, facts.outbound());
        checkEntries(problems, "outboundSpamPolicies", facts.outboundSpamPolicies(),
                (path, policy) -> checkOutboundSpamPolicy(problems, path, policy));
        if (facts.limitsEnforcementStatus() != null) {
            atLeastZero(problems, "limitsEnforcementStatus.observedValue", facts.limitsEnforcementStatus().observedValue());
            atLeastZero(problems, "limitsEnforcementStatus.threshold", facts.limitsEnforcementStatus().threshold());
        }
        return problems.list();
    }

    /**
     * The last facts that passed, by identity: facts are immutable to their leaves, so the engine need not
     * check again the facts a loader has just checked (a pass over every NDR of a large tenant).
     */
    private static final class Passed {

        private static final int KEPT = 16;
        private static final List<WeakReference<TenantFacts>> LAST = new ArrayList<>();
        private static int next;

        static synchronized boolean contains(TenantFacts facts) {
            for (WeakReference<TenantFacts> passed : LAST) {
                if (passed.get() == facts && facts != null) {
                    return true;
                }
            }
            return false;
        }

        static synchronized void add(TenantFacts facts) {
            if (LAST.size() < KEPT) {
                LAST.add(new WeakReference<>(facts));
            } else {
                LAST.set(next, new WeakReference<>(facts));
                next = (next + 1) % KEPT;
            }
        }
    }

    private static void checkUser(Problems problems, Object path, User user) {
        requireText(problems, path, "upn", user.upn(), "the user principal name, for example alice@contoso.com");
        checkEntries(problems, new Field(path, "signals"), user.signals(), (signalPath, signal) -> { });
        checkEntries(problems, new Field(path, "forwarding"), user.forwarding(), (forwardingPath, forwarding) ->
                requireText(problems, forwardingPath, "address", forwarding.address(),
                        "the address mail is forwarded to, for example alice@gmail.example"));
        atLeastZero(problems, new Field(path, "recipientsLast24h"), user.recipientsLast24h());
    }

    private static void checkOutboundSpamPolicy(Problems problems, Object path, OutboundSpamPolicy policy) {
        requireText(problems, path, "name", policy.name(), "the policy's name, for example Default");
        recipientLimit(problems, new Field(path, "recipientLimitExternalPerHour"), policy.recipientLimitExternalPerHour());
        recipientLimit(problems, new Field(path, "recipientLimitInternalPerHour"), policy.recipientLimitInternalPerHour());
        recipientLimit(problems, new Field(path, "recipientLimitPerDay"), policy.recipientLimitPerDay());
        checkEntries(problems, new Field(path, "from"), policy.from(), (entryPath, entry) -> { });
        checkEntries(problems, new Field(path, "fromMemberOf"), policy.fromMemberOf(), (entryPath, entry) -> { });
        checkEntries(problems, new Field(path, "senderDomainIs"), policy.senderDomainIs(), (entryPath, entry) -> { });
    }

    private static void recipientLimit(Problems problems, Object path, Integer limit) {
        if (limit != null && (limit < 0 || limit > OutboundSpamPolicy.MAX_RECIPIENT_LIMIT)) {
            problems.add(path, "expected a recipient limit from 0 (the service default) to "
                    + OutboundSpamPolicy.MAX_RECIPIENT_LIMIT + "; found " + limit);
        }
    }

    private static void atLeastZero(Problems problems, Object path, Long value) {
        if (value != null && value < 0) {
            problems.add(path, "must be 0 or more; found " + value);
        }
    }

    private static void checkVersion(Problems problems, Integer version) {
        if (version == null) {
            problems.add("mailblock", "missing required field 'mailblock' (the format version; write: mailblock: 1)");
        } else if (version != TenantFacts.FORMAT_VERSION) {
            problems.add("mailblock", "unsupported format version " + version + "; this release reads version "
                    + TenantFacts.FORMAT_VERSION);
        }
    }

    private static void checkTenant(Problems problems, Tenant tenant) {
        if (tenant == null) {
            problems.add("tenant", "missing required section 'tenant' "
                    + "(with at least its name, for example name: contoso.onmicrosoft.com)");
            return;
        }
        requireText(problems, "tenant", "name", tenant.name(),
                "the tenant's initial domain, for example contoso.onmicrosoft.com");
    }

    private static void checkNdrs(Problems problems, List<Ndr> ndrs) {
        if (ndrs == null || ndrs.isEmpty()) {
            problems.add("ndrs", "no NDR: list at least one under ndrs, with its code");
            return;
        }
        checkEntries(problems, "ndrs", ndrs, (path, ndr) -> checkNdr(problems, path, ndr));
        checkCountTotal(problems, ndrs);
    }

    /** The engine adds the counts up per code; a total beyond a long would turn negative, so it is refused here. */
    private static void checkCountTotal(Problems problems, List<Ndr> ndrs) {
        long total = 0;
        for (int i = 0; i < ndrs.size(); i++) {
            Ndr ndr = ndrs.get(i);
            if (ndr == null || ndr.count() == null || ndr.count() < 1) {
                continue;
            }
            if (total > Long.MAX_VALUE - ndr.count()) {
                problems.add(new Field(new Entry("ndrs", i), "count"), "the NDR counts add up to more than "
                        + Long.MAX_VALUE + " with this one; give each count as seen, far below that");
                return;
            }
            total += ndr.count();
        }
    }

    private static void checkNdr(Problems problems, Object path, Ndr ndr) {
        // a bounce that carries no enhanced code is still an NDR: its text then stands in for the code
        boolean codeLeftOut = ndr.code() == null && ndr.text() != null && !ndr.text().isBlank();
        if (!codeLeftOut && requireText(problems, path, "code", ndr.code(),
                "the enhanced status code, for example 5.7.705; for a bounce that carries none, leave it out and give its text")
                && !isStatusCode(ndr.code())) {
            problems.add(path + ".code", "expected an enhanced status code of the form d.d.d, for example 5.7.705; found "
                    + quote(ndr.code()));
        } else if (ndr.code() != null && ndr.code().startsWith("2.")) {
            problems.add(path + ".code", "the code " + quote(ndr.code()) + " says the message was delivered; an NDR "
                    + "carries a failure code starting with 5 (or 4 for a delay), for example 5.7.705");
        }
        if (ndr.smtp() != null && (ndr.smtp() < 200 || ndr.smtp() > 599)) {
            problems.add(path + ".smtp", "expected a 3-digit SMTP reply code from 200 to 599, for example 550; found "
                    + ndr.smtp());
        }
        if (ndr.sendingIp() != null && !IpAddresses.isSingle(ndr.sendingIp())) {
            problems.add(path + ".sendingIp", "expected one IPv4 address (198.51.100.7) or an IPv6 address; found "
                    + quote(ndr.sendingIp()));
        }
        if (ndr.count() != null && ndr.count() < 1) {
            problems.add(path + ".count", "count must be 1 or more (how many NDRs like this one were seen); found "
                    + ndr.count());
        }
    }

    /** Whether the text is an enhanced status code d.ddd.ddd with class 2, 4 or 5; checked by hand, it runs once per NDR. */
    static boolean isStatusCode(String code) {
        int n = code.length();
        if (n < 5 || (code.charAt(0) != '2' && code.charAt(0) != '4' && code.charAt(0) != '5') || code.charAt(1) != '.') {
            return false;
        }
        int secondDot = code.indexOf('.', 2);
        return secondDot > 2 && secondDot - 2 <= 3 && digits(code, 2, secondDot)
                && n - secondDot - 1 >= 1 && n - secondDot - 1 <= 3 && digits(code, secondDot + 1, n);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkConnector(Problems problems, Object path, Connector connector) {
        requireText(problems, path, "name", connector.name(), "the connector's name, for example From on-premises");
        checkAddresses(problems, new Field(path, "senderIpAddresses"), connector.senderIpAddresses());
        checkEntries(problems, new Field(path, "senderDomains"), connector.senderDomains(), (domainPath, domain) -> { });
    }

    /** A list of addresses and ranges as connectors' {@code SenderIPAddresses} hold them. */
    private static void checkAddresses(Problems problems, Object listPath, List<String> addresses) {
        checkEntries(problems, listPath, addresses, (addressPath, address) -> {
            if (!IpAddresses.isAcceptable(address)) {
                problems.add(addressPath, "expected an IPv4 address (198.51.100.7), an IPv4 range (198.51.100.0/24) "
                        + "or an IPv6 address; found " + quote(address));
            }
        });
    }

    private static void checkOutbound(Problems problems, Outbound outbound) {
        if (outbound != null) {
            atLeastZero(problems, "outbound.messagesLast24h", outbound.messagesLast24h());
        }
    }

    /**
     * Reports empty entries of a list and hands every other entry, with its path, to the entry check.
     * Paths are objects that spell themselves out only for a problem: a large tenant has hundreds of
     * thousands of entries and almost never a problem.
     */
    private static <T> void checkEntries(Problems problems, Object listPath, List<T> entries, BiConsumer<Object, T> entryCheck) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size() && !problems.full(); i++) {
            Entry path = new Entry(listPath, i);
            T entry = entries.get(i);
            if (entry == null) {
                problems.add(path, "empty entry: fill it in or remove it");
            } else {
                entryCheck.accept(path, entry);
            }
        }
    }

    /** Reports a missing or blank required field; returns whether the field has text. */
    private static boolean requireText(Problems problems, Object parentPath, String field, String value, String meaning) {
        if (value == null || value.isBlank()) {
            problems.add(parentPath + "." + field, "missing required field '" + field + "' (" + meaning + ")");
            return false;
        }
        return true;
    }

    private static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        return "'" + VisibleText.of(shown) + "'";
    }

    /** The path of a list entry, {@code users[3]}. */
    private record Entry(Object list, int index) {
        @Override
        public String toString() {
            return list + "[" + index + "]";
        }
    }

    /** The path of a field, {@code users[3].signals}. */
    private record Field(Object parent, String name) {
        @Override
        public String toString() {
            return parent + "." + name;
        }
    }

    /** The problems found so far, capped at {@link #MAX_PROBLEMS}. */
    private static final class Problems {
        private final List<FactProblem> found = new ArrayList<>();

        void add(Object path, String message) {
            if (!full()) {
                found.add(new FactProblem(path.toString(), message));
            }
        }

        boolean full() {
            return found.size() >= MAX_PROBLEMS;
        }

        List<FactProblem> list() {
            return List.copyOf(found);
        }
    }

    /**
     * The address forms a connector's {@code SenderIPAddresses} can hold. IPv4 is checked closely
     * because a typo there silently changes which servers may relay; IPv6 is taken as written.
     */
    private static final class IpAddresses {

        private IpAddresses() {
        }

        static boolean isAcceptable(String address) {
            if (address.indexOf(':') >= 0) {
                return true;
            }
            int slash = address.indexOf('/');
            if (slash >= 0) {
                return isIpv4(address.substring(0, slash)) && isPrefixLength(address.substring(slash + 1));
            }
            int dash = address.indexOf('-');
            if (dash >= 0) {
                return isIpv4(address.substring(0, dash)) && isIpv4(address.substring(dash + 1));
            }
            return isIpv4(address);
        }

        /** One address, no range: the form an NDR names a sending server by. */
        static boolean isSingle(String address) {
            return address.indexOf(':') >= 0 || isIpv4(address);
        }

        private static boolean isIpv4(String text) {
            String[] parts = text.split("\\.", -1);
            if (parts.length != 4) {
                return false;
            }
            for (String part : parts) {
                if (!isNumberUpTo(part, 3, 255)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isPrefixLength(String text) {
            return isNumberUpTo(text, 2, 32);
        }

        private static boolean isNumberUpTo(String text, int maxDigits, int maxValue) {
            if (text.isEmpty() || text.length() > maxDigits) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return Integer.parseInt(text) <= maxValue;
        }
    }
}
