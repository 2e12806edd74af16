package org.mailblock.engine.kb;

/**
 * Enhanced status codes compared by documented numeric range, for the families Microsoft publishes as a
 * range (4.7.500-4.7.699, 5.7.606-5.7.649). The range constrains one NDR tally; it is not a join.
 * Named CodeRange, not Codes: Drools would read the rules' metadata key {@code @codes} as that type.
 */
public final class CodeRange {

    private CodeRange() {
    }

    /** Whether the NDR's text contains {@code phrase}, ignoring case; false when the text is unknown. */
    public static boolean textHas(org.mailblock.facts.Ndr ndr, String phrase) {
        return ndr != null && ndr.text() != null
                && ndr.text().toLowerCase(java.util.Locale.ROOT).contains(phrase.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether {@code code} lies between {@code from} and {@code to}, both included, where all three share
     * class and subject ({@code 4.7.}) and differ only in the detail number.
     */
    public static boolean within(String code, String from, String to) {
        int cut = from.lastIndexOf('.') + 1;
        if (code == null || code.length() <= cut || !code.startsWith(from.substring(0, cut))) {
            return false;
        }
        try {
            int detail = Integer.parseInt(code.substring(cut));
            return detail >= Integer.parseInt(from.substring(cut)) && detail <= Integer.parseInt(to.substring(cut));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
