package org.mailblock.diagnosis;

import java.util.Locale;

/** Whether the NDRs show the whole tenant banned from sending, show it is not, or cannot tell. */
public enum TenantBan {
    /** A symptom means the whole tenant is banned. */
    YES,
    /** The symptoms are understood, and none is a ban of the whole tenant. */
    NO,
    /** Every symptom is a code the knowledge base does not cover, so nobody can say. */
    UNKNOWN;

    /** The identifier used in JSON: {@code yes}, {@code no}, {@code unknown}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
