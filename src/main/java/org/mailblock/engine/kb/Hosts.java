package org.mailblock.engine.kb;

import java.util.List;

/**
 * How connectors recognize the servers that send to them: by IP address or range (SenderIPAddresses) and by
 * certificate name (TlsSenderCertificateName), and whether a host name lies inside a domain.
 */
public final class Hosts {

    private Hosts() {
    }

    /** Whether one of {@code ranges} (IPv4 addresses or CIDR ranges, as SenderIPAddresses holds them) contains {@code ip}. */
    public static boolean covers(List<String> ranges, String ip) {
        if (ranges == null || ip == null) {
            return false;
        }
        long address = ipv4(ip);
        if (address < 0) {
            return false;
        }
        for (String range : ranges) {
            if (contains(range, address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a connector's certificate name accepts a server's certificate subject: equal names, or a wildcard
     * {@code *.contoso.com} that stands for exactly one label in front of {@code contoso.com}.
     */
    public static boolean certificateAccepts(String connectorName, String subject) {
        if (connectorName == null || subject == null) {
            return false;
        }
        if (connectorName.equals(subject)) {
            return true;
        }
        if (connectorName.startsWith("*.")) {
            String parent = connectorName.substring(1);
            return subject.endsWith(parent) && subject.indexOf('.') == subject.length() - parent.length();
        }
        return false;
    }

    /** Whether {@code host} is {@code domain} or a name inside it ({@code mx1.fabrikam.example} inside {@code fabrikam.example}). */
    public static boolean within(String host, String domain) {
        if (host == null || domain == null || domain.isEmpty()) {
            return false;
        }
        return host.equals(domain) || host.endsWith("." + domain);
    }

    /** The domain of a mail address, {@code null} when it has none. */
    public static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1);
    }

    private static boolean contains(String range, long address) {
        if (range == null) {
            return false;
        }
        int slash = range.indexOf('/');
        long base = ipv4(slash < 0 ? range : range.substring(0, slash));
        if (base < 0) {
            return false;
        }
        int bits = 32;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(range.substring(slash + 1).trim());
            } catch (NumberFormatException e) {
                return false;
            }
            if (bits < 0 || bits > 32) {
                return false;
            }
        }
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (base & mask) == (address & mask);
    }

    /** The address as a number, or -1 when it is not a dotted IPv4 address. */
    private static long ipv4(String text) {
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long out = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return -1;
            }
            out = out << 8 | octet;
        }
        return out;
    }
}
