package org.mailblock.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Small normalizations shared by the fact records, so that rules compare like with like. */
final class Normalize {

    private Normalize() {
    }

    /** Domain names compare case-insensitively and may carry a trailing root dot. */
    static String domain(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** Mail addresses and UPNs are matched case-insensitively by Exchange Online. */
    static String address(String address) {
        return address == null ? null : address.trim().toLowerCase(Locale.ROOT);
    }

    /** The domain after the last {@code @} of an address, lower-cased; {@code null} when there is none. */
    static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? null : domain(address.substring(at + 1));
    }

    /** Each address of the list lower-cased; empty entries stay for the validator to report. */
    static List<String> addresses(List<String> list) {
        return list == null ? null : list(list.stream().map(Normalize::address).toList());
    }

    /** Each domain of the list lower-cased; empty entries stay for the validator to report. */
    static List<String> domains(List<String> list) {
        return list == null ? null : list(list.stream().map(Normalize::domain).toList());
    }

    /** An unmodifiable copy that keeps {@code null} (unknown) and tolerates empty entries for the validator to report. */
    static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
