package org.mailblock.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mailblock.facts.Forwarding;
import org.mailblock.facts.ForwardingMethod;
import org.mailblock.facts.Signal;
import org.mailblock.facts.User;
import org.mailblock.ingest.export.ExportedMailbox;
import org.mailblock.ingest.export.InboxRuleForwarding;
import org.mailblock.ingest.export.RegisteredUser;
import org.mailblock.ingest.export.RiskyUser;

/**
 * The users worth a look, put together from the exports: the senders of the bounced mail, mailboxes that
 * forward (by their own setting or by an inbox rule), users in Restricted entities and users Entra ID holds
 * at risk. Each export adds only what it holds; the rest stays unknown.
 */
final class ImportedUsers {

    private final Map<String, Draft> byUpn = new LinkedHashMap<>();
    private final Set<String> senders = new LinkedHashSet<>();

    private ImportedUsers(List<ImportedNdr> ndrs) {
        ndrs.stream().map(n -> n.ndr().sender()).filter(s -> s != null).map(ImportedUsers::lower).forEach(senders::add);
    }

    /**
     * The users, or {@code null} when no export speaks of users worth a look.
     *
     * @param sections the merged exports
     * @param ndrs     the imported NDRs, whose senders are worth a look
     * @param warnings where what cannot be placed is reported
     */
    static List<User> of(ExportSections sections, List<ImportedNdr> ndrs, List<String> warnings) {
        ImportedUsers users = new ImportedUsers(ndrs);
        if (sections.registered != null) {
            sections.registered.stream().filter(u -> users.senders.contains(u.upn())).forEach(u -> users.draft(u.upn()));
        }
        if (sections.mailboxes != null) {
            users.mailboxes(sections.mailboxes, warnings);
        }
        if (sections.inboxRules != null) {
            users.inboxRules(sections.inboxRules, sections.mailboxes, warnings);
        }
        if (sections.riskyUsers != null) {
            sections.riskyUsers.stream().filter(RiskyUser::atRisk).forEach(r -> users.draftFor(r.upn()).signals = List.of(Signal.RISKY_SIGN_IN));
        }
        if (sections.blockedSenders != null) {
            sections.blockedSenders.forEach(address -> users.draftFor(address).restricted = Boolean.TRUE);
            // Get-BlockedSenderAddress lists every restricted user: one it does not list is not restricted
            users.byUpn.values().stream().filter(d -> d.restricted == null).forEach(d -> d.restricted = Boolean.FALSE);
        }
        if (users.byUpn.isEmpty()) {
            return null;
        }
        List<User> out = new ArrayList<>();
        users.byUpn.forEach((upn, d) -> out.add(new User(upn, d.restricted, mfa(sections.registered, upn), d.signals, d.primarySmtpAddress,
                d.forwarding.isEmpty() ? null : d.forwarding, null)));
        return out;
    }

    private void mailboxes(List<ExportedMailbox> mailboxes, List<String> warnings) {
        for (ExportedMailbox m : mailboxes) {
            boolean sender = senders.contains(m.upn()) || senders.contains(lower(m.primarySmtpAddress()));
            if (!sender && m.forwardingSmtpAddress() == null && m.forwardingAddress() == null) {
                continue;
            }
            Draft d = draft(m.upn());
            d.primarySmtpAddress = m.primarySmtpAddress();
            // Get-Mailbox shows the mailbox's own forwarding; without it, inbox rules may still forward, so no entry is not "none"
            if (m.forwardingSmtpAddress() != null) {
                d.forward(m.forwardingSmtpAddress(), ForwardingMethod.MAILBOX);
            }
            if (m.forwardingAddress() != null) {
                warnings.add("users: " + m.upn() + " forwards to the directory recipient '" + m.forwardingAddress()
                        + "' (ForwardingAddress), whose address is not in the export; left out");
            }
        }
    }

    private void inboxRules(List<InboxRuleForwarding> rules, List<ExportedMailbox> mailboxes, List<String> warnings) {
        for (InboxRuleForwarding rule : rules) {
            if (rule.addresses().isEmpty()) {
                continue;
            }
            String upn = owner(rule.mailbox(), mailboxes);
            if (upn == null) {
                warnings.add("users: inbox rule '" + rule.rule() + "' of '" + rule.mailbox() + "' forwards mail, but which user owns "
                        + "that mailbox is in none of the inputs; left out");
                continue;
            }
            if (Boolean.FALSE.equals(rule.enabled())) {
                warnings.add("users: inbox rule '" + rule.rule() + "' of " + upn + " would forward to " + String.join(", ", rule.addresses())
                        + " but is disabled; left out");
                continue;
            }
            Draft d = draft(upn);
            rule.addresses().forEach(a -> d.forward(a, ForwardingMethod.INBOX_RULE));
        }
    }

    /**
     * The user of an inbox rule's MailboxOwnerId: an address as it is, else the one known user (bounce sender or
     * mailbox) whose address starts with that name.
     */
    private String owner(String mailboxOwnerId, List<ExportedMailbox> mailboxes) {
        String owner = lower(mailboxOwnerId);
        if (owner.contains("@")) {
            return owner;
        }
        Set<String> known = new LinkedHashSet<>(senders);
        known.addAll(byUpn.keySet());
        if (mailboxes != null) {
            mailboxes.forEach(m -> known.add(m.upn()));
        }
        List<String> matching = known.stream().filter(a -> a.startsWith(owner + "@")).distinct().toList();
        return matching.size() == 1 ? matching.get(0) : null;
    }

    private static Boolean mfa(List<RegisteredUser> registered, String upn) {
        if (registered == null) {
            return null;
        }
        return registered.stream().filter(u -> u.upn().equals(upn)).map(RegisteredUser::mfaRegistered).findFirst().orElse(null);
    }

    private Draft draft(String upn) {
        return byUpn.computeIfAbsent(upn, k -> new Draft());
    }

    /** The user an address belongs to: by UPN, else by primary address, else a user of that name. */
    private Draft draftFor(String address) {
        Draft known = byUpn.get(address);
        if (known != null) {
            return known;
        }
        return byUpn.values().stream().filter(d -> address.equals(lower(d.primarySmtpAddress))).findFirst()
                .orElseGet(() -> draft(address));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** What is known so far of one user. */
    private static final class Draft {
        Boolean restricted;
        List<Signal> signals;
        String primarySmtpAddress;
        final List<Forwarding> forwarding = new ArrayList<>();

        void forward(String address, ForwardingMethod by) {
            Forwarding f = new Forwarding(address, by);
            if (!forwarding.contains(f)) {
                forwarding.add(f);
            }
        }
    }
}
