package org.mailblock.ingest;

import org.mailblock.ingest.export.ExportedMailbox;
import org.mailblock.ingest.export.RegisteredUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mailblock.facts.Forwarding;
import org.mailblock.facts.ForwardingMethod;
import org.mailblock.facts.User;

/**
 * The users worth a look, put together from the exports: the senders of the bounced mail, mailboxes that
 * forward, and users in Restricted entities. Each export adds only what it holds; the rest stays unknown.
 */
final class ImportedUsers {

    private final Map<String, Draft> byUpn = new LinkedHashMap<>();
    private final Set<String> senders = new LinkedHashSet<>();

    private ImportedUsers(List<ImportedNdr> ndrs) {
        ndrs.stream().map(n -> n.ndr().sender()).filter(s -> s != null).forEach(senders::add);
    }

    /**
     * The users, or {@code null} when no export speaks of users worth a look.
     *
     * @param registered     the user registration details report; {@code null} when not imported
     * @param mailboxes      the {@code Get-Mailbox} export; {@code null} when not imported
     * @param blockedSenders the {@code Get-BlockedSenderAddress} export; {@code null} when not imported
     * @param ndrs           the imported NDRs, whose senders are worth a look
     */
    static List<User> of(List<RegisteredUser> registered, List<ExportedMailbox> mailboxes, List<String> blockedSenders,
                         List<ImportedNdr> ndrs) {
        ImportedUsers users = new ImportedUsers(ndrs);
        if (registered != null) {
            registered.stream().filter(u -> users.senders.contains(u.upn())).forEach(u -> users.draft(u.upn()).mfa = u.mfaRegistered());
        }
        if (mailboxes != null) {
            for (ExportedMailbox m : mailboxes) {
                boolean sender = users.senders.contains(m.upn()) || users.senders.contains(lower(m.primarySmtpAddress()));
                if (sender || m.forwardingSmtpAddress() != null) {
                    Draft d = users.draft(m.upn());
                    d.primarySmtpAddress = m.primarySmtpAddress();
                    // Get-Mailbox shows the mailbox's own forwarding; inbox rules are not in it, so no forwarding is not "none"
                    d.forwarding = m.forwardingSmtpAddress() == null ? null
                            : List.of(new Forwarding(m.forwardingSmtpAddress(), ForwardingMethod.MAILBOX));
                }
            }
        }
        if (blockedSenders != null) {
            blockedSenders.forEach(address -> users.draftFor(address).restricted = Boolean.TRUE);
        }
        if (users.byUpn.isEmpty()) {
            return null;
        }
        List<User> out = new ArrayList<>();
        users.byUpn.forEach((upn, d) -> out.add(new User(upn, d.restricted, d.mfa, null, d.primarySmtpAddress, d.forwarding, null)));
        return out;
    }

    private Draft draft(String upn) {
        return byUpn.computeIfAbsent(upn, k -> new Draft());
    }

    /** The user a blocked address belongs to: by UPN, else by primary address, else a user of that name. */
    private Draft draftFor(String address) {
        Draft known = byUpn.get(address);
        if (known != null) {
            return known;
        }
        return byUpn.values().stream().filter(d -> address.equals(lower(d.primarySmtpAddress))).findFirst()
                .orElseGet(() -> draft(address));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }

    /** What is known so far of one user. */
    private static final class Draft {
        Boolean restricted;
        Boolean mfa;
        String primarySmtpAddress;
        List<Forwarding> forwarding;
    }
}
