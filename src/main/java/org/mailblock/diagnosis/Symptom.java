package org.mailblock.diagnosis;

/**
 * What the NDRs show: a status code classified by the knowledge base.
 *
 * @param id        the symptom's stable identifier, for example {@code tenant-over-threshold}
 * @param title     a short description for people
 * @param code      the enhanced status code it comes from
 * @param count     how many NDRs carried the code
 * @param tenantBan whether the symptom means the whole tenant is banned from sending
 * @param banUnknown whether the code is outside the knowledge base, so that it cannot tell whether anything is banned
 */
public record Symptom(String id, String title, String code, long count, boolean tenantBan, boolean banUnknown) {

    /** The same symptom with another title, as translation makes it. */
    public Symptom withTitle(String title) {
        return new Symptom(id, title, code, count, tenantBan, banUnknown);
    }
}
