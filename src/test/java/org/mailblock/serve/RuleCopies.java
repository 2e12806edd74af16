package org.mailblock.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Edits to a copy of the project's rule folder ({@code RuleFolders.copyOfProjectRules}) that a test makes. */
final class RuleCopies {

    private RuleCopies() {
    }

    /** Adds a line at the end of a rule file: a comment changes the rules' hash, anything else may break them. */
    static void append(Path rules, String file, String text) {
        try {
            Files.writeString(rules.resolve(file), Files.readString(rules.resolve(file)) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
