package org.mailblock.engine.kb;


/**
 * A classified NDR code, as the classify rules put it in working memory.
 *
 * @param id        the symptom's identifier in the catalogue
 * @param code      the enhanced status code
 * @param count     how many NDRs carried it
 * @param tenantBan whether it means the whole tenant is banned from sending
 * @param tally     the NDRs it stands for
 * @param rule      the rule that classified it
 */
public record Symptom(String id, String code, long count, boolean tenantBan, NdrTally tally, String rule) {

    /** The same symptom, marked as a ban of the whole tenant. */
    public Symptom banning() {
        return new Symptom(id, code, count, true, tally, rule);
    }

    @Override
    public String toString() {
        return "symptom " + id + " (" + code + " x" + count + ")";
    }
}
