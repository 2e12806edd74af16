package org.mailblock.cli;

/** The formats {@code test} writes. */
enum TestFormat {
    /** For people. */
    text,
    /** For tools. */
    json,
    /** JUnit XML (the Ant report format), one test case per sample, for CI servers that show test results. */
    junit
}
