package org.mailblock.diagnosis;

/**
 * What the NDRs show: a status code classified by the knowledge base.
 *
 * @param id        the symptom's stable identifier, for example {@code tenant-over-threshold}
 * @param title     a short description for people
 * @param code      the enhanced status code it comes from
 * @param count     how many NDRs carried the code
 * @param tenantBan whether the symptom means the whole tenant is banned from sending
 */
public record Symptom(String id, String title, String code, long count, boolean tenantBan) {
}
