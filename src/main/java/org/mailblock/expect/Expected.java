package org.mailblock.expect;

/**
 * One expected entry of a fact file's {@code expect} section, written {@code id: value}.
 *
 * @param id    the cause or action id, for example {@code compromised-accounts}
 * @param value its confidence (for a cause) or status (for an action), for example {@code confirmed}
 */
public record Expected(String id, String value) {
}
