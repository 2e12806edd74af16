package org.mailblock.cli;

/** The formats {@code check} writes. */
enum CheckFormat {
    /** For people, with file:line:column positions editors link. */
    text,
    /** For tools. */
    json,
    /** SARIF 2.1.0, for code scanning services that show findings inline on the rule files. */
    sarif
}
