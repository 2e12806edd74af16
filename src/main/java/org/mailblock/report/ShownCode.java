package org.mailblock.report;

/** How reports show an NDR's code: as it is, or a dash for a bounce that carries none. */
final class ShownCode {

    /** What stands in the code's place for an NDR without an enhanced status code. */
    static final String NONE = "-";

    private ShownCode() {
    }

    static String of(String code) {
        return code == null ? NONE : code;
    }
}
