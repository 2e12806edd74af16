package org.mailblock.cli;

/** The formats {@code check}, {@code test} and {@code explain} write: all they can print. */
enum AuthoringFormat {
    /** For people, with file:line:column positions editors link. */
    text,
    /** For tools and CI. */
    json
}
