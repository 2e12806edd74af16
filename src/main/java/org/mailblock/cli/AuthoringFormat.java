package org.mailblock.cli;

/** The formats {@code explain} writes. */
enum AuthoringFormat {
    /** For people, with file:line:column positions editors link. */
    text,
    /** For tools and CI. */
    json
}
