package org.mailblock.engine.kb;

/** Whose an unregistered sending domain is, which decides what to do about it. */
public enum DomainOrigin {
    /** The organization's own domain: register it. */
    OWN,
    /** A public mailbox provider's domain (gmail.com, outlook.com ...): nobody in the tenant can register it. */
    PUBLIC_PROVIDER,
    /** The original sender's domain of mail the tenant forwards: the forwarding remedy applies, not registering. */
    FORWARDED,
    /** A domain seen only in abuse (spam relayed through the tenant): evidence of the abuse, never registered. */
    ABUSE
}
