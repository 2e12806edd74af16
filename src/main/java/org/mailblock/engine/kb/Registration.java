package org.mailblock.engine.kb;

/** Why a sending domain does not count as registered with the tenant. */
public enum Registration {
    /** Not an accepted domain of the tenant at all. */
    NOT_ACCEPTED,
    /** An accepted domain that is known never to have been verified. */
    NOT_VERIFIED,
    /** An accepted domain whose verification nobody collected: it may or may not count. */
    VERIFICATION_UNKNOWN
}
