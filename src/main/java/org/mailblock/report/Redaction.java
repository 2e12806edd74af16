package org.mailblock.report;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.AnswerEffect;
import org.mailblock.diagnosis.Assumption;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.diagnosis.TraceText;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Admin;
import org.mailblock.facts.Connector;
import org.mailblock.facts.Forwarding;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.OnPremisesServer;
import org.mailblock.facts.OutboundSpamPolicy;
import org.mailblock.facts.SendingDomain;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.User;
import org.mailblock.i18n.Localizer;
import org.mailblock.i18n.Messages;

/**
 * Replaces user addresses, IP addresses, tenant names and domains by stable placeholders
 * ({@code user1@domain1.example}, {@code tenant1.onmicrosoft.com}, {@code ip1}), for reports
 * shared outside the organization. One redaction serves one report: the same value always gets
 * the same placeholder in it. Placeholders are numbered in the order the values first appear in
 * the fact file (tenant, domains, admins, users, NDRs, connectors, then the values of the forwarding, limit
 * and attribution fields), so the result is deterministic.
 */
public final class Redaction {

    // each pattern starts only where its first run of characters starts and takes that run whole, so a long value costs linear time
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}._%+'-]++@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** An address as a URL writes it, {@code alice%40contoso.com} in a {@code mailto:} link. */
    private static final Pattern URL_EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._+'-])[\\p{L}\\p{N}._+'-]++%40[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+",
            Pattern.CASE_INSENSITIVE);
    /** A display name before an address in angle brackets, quoted or up to four capitalized words. */
    private static final Pattern DISPLAY_NAME = Pattern.compile(
            "(\"[^\"\\r\\n<>]{1,120}\"|(?<![\\p{L}.'-])\\p{Lu}[\\p{L}.'-]*+(?:[ \\t]+\\p{Lu}[\\p{L}.'-]*+){0,3})[ \\t]*<(" + EMAIL.pattern() + ")>");
    /** A candidate IPv6 address; {@link #isIpv6} tells it from a time such as 09:55:00. */
    private static final Pattern IPV6 = Pattern.compile("(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{0,4})(?![\\w:])");
    /** Hosts Exchange Online names after a customer: the MX host of a domain and the tenant's routing domain. */
    private static final Pattern CUSTOMER_HOST = Pattern.compile("(?<![\\w-])([A-Za-z0-9-]+)(\\.mail\\.protection\\.outlook\\.com|\\.mail\\.onmicrosoft\\.com)(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    private static final String MX_SUFFIX = ".mail.protection.outlook.com";
    private static final String ROUTING_SUFFIX = ".mail.onmicrosoft.com";
    private static final Pattern IPV4 = Pattern.compile("(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w.]*\\w)");
    private static final String TENANT_SUFFIX = ".onmicrosoft.com";

    private final Map<String, String> addresses = new LinkedHashMap<>();
    private final Map<String, String> domains = new LinkedHashMap<>();
    private final Map<String, String> ips = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private int tenants;
    private int plainDomains;
    private int connectors;
    private int servers;
    private Pattern knownDomains;
    private Pattern knownNames;
    private Pattern tenantLabels;

    private Redaction() {
    }

    /** A redaction that knows the values of this fact file, numbered in the order they appear in it. */
    public static Redaction of(TenantFacts facts) {
        Redaction r = new Redaction();
        r.domain(facts.tenant().name());
        known(facts.acceptedDomains()).stream().map(AcceptedDomain::name).forEach(r::domain);
        known(facts.sendingDomains()).stream().map(SendingDomain::name).forEach(r::domain);
        known(facts.admins()).stream().map(Admin::upn).forEach(r::address);
        known(facts.users()).stream().map(User::upn).forEach(r::address);
        for (Ndr n : known(facts.ndrs())) {
            r.addressIfAny(n.sender());
            r.addressIfAny(n.recipient());
        }
        for (Connector c : known(facts.connectors())) {
            r.addressIfAny(c.createdBy());
            known(c.senderIpAddresses()).forEach(r::ipRange);
            known(c.senderDomains()).stream().filter(d -> !d.contains("*")).forEach(r::domain);
            if (c.tlsSenderCertificateName() != null && !c.tlsSenderCertificateName().contains("*")) {
                r.domain(c.tlsSenderCertificateName());
            }
        }
        r.forwardingLimitsAndAttribution(facts);
        r.names(facts);
        return r;
    }

    /** The values of the fields for forwarding, limits and attribution, numbered after all the others. */
    private void forwardingLimitsAndAttribution(TenantFacts facts) {
        for (User u : known(facts.users())) {
            addressIfAny(u.primarySmtpAddress());
            known(u.forwarding()).stream().map(Forwarding::address).forEach(this::addressIfAny);
        }
        for (Ndr n : known(facts.ndrs())) {
            if (n.sendingIp() != null) {
                ipRange(n.sendingIp());
            }
            // Exchange Online's own servers name no customer, and they tell the reader who refused the mail
            if (n.reportingServer() != null && !n.reportingServer().endsWith(".outlook.com")) {
                domain(n.reportingServer());
            }
        }
        for (OnPremisesServer s : known(facts.onPremisesServers())) {
            known(s.egressIps()).forEach(this::ipRange);
            if (s.certificateSubject() != null && !s.certificateSubject().contains("*")) {
                domain(s.certificateSubject());
            }
        }
        for (OutboundSpamPolicy p : known(facts.outboundSpamPolicies())) {
            known(p.from()).forEach(this::addressIfAny);
            known(p.fromMemberOf()).forEach(this::addressIfAny);
            known(p.senderDomainIs()).stream().filter(d -> d != null && !d.contains("*")).forEach(this::domain);
        }
    }

    /** The names of connectors and servers, numbered after every other value: they are free text the organization chose. */
    private void names(TenantFacts facts) {
        for (Connector c : known(facts.connectors())) {
            name(c.name(), "connector");
        }
        for (OnPremisesServer s : known(facts.onPremisesServers())) {
            name(s.name(), "server");
        }
    }

    private void name(String value, String kind) {
        if (value == null || value.isBlank() || names.containsKey(value) || domains.containsKey(value.toLowerCase(Locale.ROOT))) {
            return;
        }
        names.put(value, kind.equals("connector") ? "connector" + (++connectors) : "server" + (++servers));
        knownNames = null;
    }

    /** A list the facts may leave unknown ({@code null}), as an empty one. */
    static <T> List<T> known(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * The diagnosis with every value taken from the facts replaced, in the commands' filled-in targets
     * too; ids and catalogue texts stay. Evidence is written again from its redacted arguments, in the
     * language of the messages.
     */
    public Diagnosis diagnosis(Diagnosis d, Messages m) {
        String tenant = text(d.tenant());
        List<RootCause> causes = d.rootCauses().stream().map(c -> new RootCause(c.id(), c.title(), c.confidence(), c.summary(),
                c.evidence().stream().map(e -> evidence(e, m)).toList(), c.rules())).toList();
        List<Action> actions = d.actions().stream().map(a -> a.with(a.title(), a.summary(),
                texts(a.targets()), a.commands().stream().map(c -> c.withRun(text(c.run())).forEachOf(c.forEach())).toList())).toList();
        List<Question> questions = d.questions().stream().map(q -> q.withTexts(q.ask(), q.how(), texts(q.about()),
                q.answers().stream().map(a -> new AnswerEffect(a.id(), a.label(), assumptions(a.assumed()), a.effect())).toList())).toList();
        List<TraceEntry> trace = d.trace() == null ? null : d.trace().stream().map(t -> new TraceEntry(t.step(), t.rule(), t.name(),
                traceTexts(t.matched()), traceTexts(t.concluded()))).toList();
        return new Diagnosis(tenant, d.collectedAt(), d.engine(), d.symptoms(), causes, actions, questions, trace,
                assumptions(d.assumptions()), d.whatIf());
    }

    /** Assumptions with the names and addresses in their paths and values redacted. */
    private List<Assumption> assumptions(List<Assumption> assumed) {
        return assumed.stream().map(a -> new Assumption(text(a.path()), a.value() == null ? null : text(a.value()), text(a.source()))).toList();
    }

    /** Evidence with its value and identifying arguments redacted, rendered from them. */
    private Evidence evidence(Evidence e, Messages m) {
        Object value = Evidence.mapTexts(e.value(), this::text);
        Map<String, Object> args = new LinkedHashMap<>();
        e.args().forEach((name, arg) -> args.put(name, Evidence.identifies(name) && arg instanceof String s ? text(s) : arg));
        Evidence redacted = new Evidence(e.fact(), value, e.key(), args, null);
        return Localizer.evidence(redacted, m);
    }

    /** Trace items with every value taken from the facts replaced, in their arguments and their text. */
    private List<TraceText> traceTexts(List<TraceText> items) {
        List<TraceText> out = new ArrayList<>(items.size());
        for (TraceText i : items) {
            Map<String, String> args = new LinkedHashMap<>();
            i.args().forEach((name, value) -> args.put(name, text(value)));
            out.add(new TraceText(i.key(), args, text(i.text())));
        }
        return out;
    }

    /** A text with every address, IP address and known domain in it replaced. */
    public String text(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String exact = names.get(s);
        if (exact != null) {
            return exact;
        }
        s = replaceNames(s);
        Matcher m = DISPLAY_NAME.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String address = address(m.group(2));
            String person = address.substring(0, address.indexOf('@'));
            String shown = m.group(1).startsWith("\"") ? "\"" + person + "\"" : person;
            // the address itself is left for the pass below, which gives it the same placeholder
            m.appendReplacement(out, Matcher.quoteReplacement(shown + " <" + m.group(2) + ">"));
        }
        m.appendTail(out);
        m = URL_EMAIL.matcher(out.toString());
        out = new StringBuilder();
        while (m.find()) {
            String decoded = m.group().replaceAll("(?i)%40", "@");
            m.appendReplacement(out, Matcher.quoteReplacement(address(decoded).replace("@", "%40")));
        }
        m.appendTail(out);
        m = EMAIL.matcher(out.toString());
        out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(address(m.group())));
        }
        m.appendTail(out);
        m = CUSTOMER_HOST.matcher(out.toString());
        out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(domain(m.group())));
        }
        m.appendTail(out);
        m = IPV6.matcher(out.toString());
        out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(isIpv6(m.group()) ? ip(m.group()) : m.group()));
        }
        m.appendTail(out);
        m = IPV4.matcher(out.toString());
        out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ip(m.group())));
        }
        m.appendTail(out);
        String result = out.toString();
        for (Map.Entry<String, String> ip : ips.entrySet()) {
            if (ip.getKey().contains(":")) {
                result = result.replace(ip.getKey(), ip.getValue());
            }
        }
        return replaceTenantLabels(replaceDomains(result));
    }

    /** Whether a candidate is an IPv6 address: hex digits in it, and either one {@code ::} or all eight groups. */
    private static boolean isIpv6(String candidate) {
        int colons = (int) candidate.chars().filter(c -> c == ':').count();
        int gaps = candidate.split("::", -1).length - 1;
        boolean dotted = candidate.contains(".");
        return candidate.chars().anyMatch(c -> Character.digit(c, 16) >= 0) && gaps <= 1
                && (gaps == 1 || colons == (dotted ? 6 : 7));
    }

    /** Each connector and server name in the text, as a whole word or as PowerShell quotes it. */
    private String replaceNames(String s) {
        if (names.isEmpty()) {
            return s;
        }
        if (knownNames == null) {
            List<String> forms = new ArrayList<>();
            names.keySet().forEach(n -> {
                forms.add(n);
                forms.add(n.replace("'", "''"));
            });
            String alternatives = String.join("|", forms.stream().distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .map(Pattern::quote).toList());
            knownNames = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])");
        }
        Matcher m = knownNames.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = names.containsKey(m.group()) ? m.group() : m.group().replace("''", "'");
            m.appendReplacement(out, Matcher.quoteReplacement(names.getOrDefault(name, m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The label of each tenant ({@code contoso} of {@code contoso.onmicrosoft.com}) where it stands alone, in a file name say. */
    private String replaceTenantLabels(String s) {
        if (tenantLabels == null) {
            List<String> labels = domains.keySet().stream().filter(d -> d.endsWith(TENANT_SUFFIX) && !d.endsWith(ROUTING_SUFFIX))
                    .map(d -> d.substring(0, d.length() - TENANT_SUFFIX.length())).filter(l -> l.length() >= 3 && !l.contains("."))
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
            tenantLabels = labels.isEmpty() ? Pattern.compile("(?!)")
                    : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", labels.stream().map(Pattern::quote).toList())
                            + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
        }
        Matcher m = tenantLabels.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tenant = domains.get(m.group().toLowerCase(Locale.ROOT) + TENANT_SUFFIX);
            m.appendReplacement(out, Matcher.quoteReplacement(tenant.substring(0, tenant.length() - TENANT_SUFFIX.length())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<String> texts(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(text(v)));
        return out;
    }

    private void addressIfAny(String value) {
        if (value != null && EMAIL.matcher(value).matches()) {
            address(value);
        }
    }

    private String address(String value) {
        String key = value.toLowerCase(Locale.ROOT);
        String known = addresses.get(key);
        if (known != null) {
            return known;
        }
        int at = key.lastIndexOf('@');
        String placeholder = "user" + (addresses.size() + 1) + "@" + domain(key.substring(at + 1));
        addresses.put(key, placeholder);
        return placeholder;
    }

    private String domain(String value) {
        if (value.isBlank()) {
            // a blank name would match everywhere and cut the text between every two characters
            return value;
        }
        String key = value.toLowerCase(Locale.ROOT);
        String known = domains.get(key);
        if (known != null) {
            return known;
        }
        String placeholder;
        if (key.endsWith(ROUTING_SUFFIX) && key.length() > ROUTING_SUFFIX.length()) {
            // the tenant's routing domain: contoso.mail.onmicrosoft.com belongs to contoso.onmicrosoft.com
            String tenant = domain(key.substring(0, key.length() - ROUTING_SUFFIX.length()) + TENANT_SUFFIX);
            placeholder = tenant.substring(0, tenant.length() - TENANT_SUFFIX.length()) + ROUTING_SUFFIX;
        } else if (key.endsWith(MX_SUFFIX) && key.length() > MX_SUFFIX.length()) {
            // the MX host of a domain: contoso-com.mail.protection.outlook.com belongs to contoso.com
            String label = key.substring(0, key.length() - MX_SUFFIX.length());
            String owner = domains.keySet().stream().filter(d -> d.replace('.', '-').equals(label)).findFirst().orElse(label);
            placeholder = domain(owner).replace('.', '-') + MX_SUFFIX;
        } else {
            placeholder = key.endsWith(TENANT_SUFFIX) ? "tenant" + (++tenants) + TENANT_SUFFIX : "domain" + (++plainDomains) + ".example";
        }
        domains.put(key, placeholder);
        // the same domain written in the other form (punycode or Unicode) gets the same placeholder
        otherForm(key).ifPresent(other -> domains.putIfAbsent(other, placeholder));
        knownDomains = null;
        tenantLabels = null;
        return placeholder;
    }

    /** The domain in its other form: {@code xn--mller-kva.example} for {@code müller.example}, and back. */
    private static java.util.Optional<String> otherForm(String domain) {
        try {
            String ascii = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            String unicode = IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            String other = ascii.equals(domain) ? unicode : ascii;
            return other.equals(domain) ? java.util.Optional.empty() : java.util.Optional.of(other);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private void ipRange(String value) {
        for (String part : value.split("[-/]")) {
            if (part.contains(":") || IPV4.matcher(part).matches()) {
                ip(part);
            }
        }
    }

    private String ip(String value) {
        String key = value.toLowerCase(Locale.ROOT);
        return ips.computeIfAbsent(key, k -> {
            int n = ips.size() + 1;
            return k.contains(":") ? "ipv6-" + n : "ip" + n;
        });
    }

    private String replaceDomains(String s) {
        if (domains.isEmpty()) {
            return s;
        }
        if (knownDomains == null) {
            // longest first, so that a domain is never cut by a shorter one it ends with
            String alternatives = String.join("|", domains.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .map(Pattern::quote).toList());
            knownDomains = Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-]|\\.\\w)", Pattern.CASE_INSENSITIVE);
        }
        Matcher m = knownDomains.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(domains.get(m.group().toLowerCase(Locale.ROOT))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
