package org.mailblock.ingest.bounce;

import org.mailblock.ingest.ImportedNdr;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tenant a bounce names for certain: a {@code name.onmicrosoft.com} address, which only Microsoft 365 hands
 * out, one per tenant. The bounced mail's sender is looked at first (its mailbox is in the tenant), then the
 * bounce's own From, which Exchange Online writes as {@code postmaster@name.onmicrosoft.com} (or
 * {@code MicrosoftExchange...@name.onmicrosoft.com}). A sender's custom domain names no tenant and is not used.
 */
final class BounceTenant {

    /** The initial domain: one label before onmicrosoft.com ({@code name.mail.onmicrosoft.com} routes hybrid mail, it is no name). */
    private static final Pattern INITIAL_DOMAIN = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.onmicrosoft\\.com");

    /** The daemon names Exchange Online sends its reports from. */
    private static final Pattern DAEMON = Pattern.compile("postmaster|mailer-daemon|microsoftexchange[0-9a-f]{32}");

    private BounceTenant() {
    }

    /** The tenant's name and where it was read, or {@code null} when the bounce names none. */
    static Clue of(Headers headers, List<ImportedNdr> ndrs) {
        for (ImportedNdr ndr : ndrs) {
            String domain = initialDomain(ndr.ndr().sender());
            if (domain != null) {
                return new Clue(domain, "the bounced mail's sender " + ndr.ndr().sender());
            }
        }
        String from = BounceMessage.address(headers.first("From"));
        String domain = initialDomain(from);
        if (domain != null && DAEMON.matcher(from.substring(0, from.indexOf('@'))).matches()) {
            return new Clue(domain, "the bounce's sender " + from + ", Microsoft's report address of the tenant");
        }
        return null;
    }

    private static String initialDomain(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
        return INITIAL_DOMAIN.matcher(domain).matches() ? domain : null;
    }

    /**
     * A tenant's name read from a bounce.
     *
     * @param name  the tenant's initial domain
     * @param where the address it was read from, in words
     */
    record Clue(String name, String where) {
    }
}
