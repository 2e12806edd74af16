package org.mailblock.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.mailblock.load.FactFile;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/** A fact file named on the command line: a path, or {@code -} for standard input, so that {@code import ... | diagnose -} works. */
final class FactInput {

    /** The argument that stands for standard input. */
    static final String STDIN = "-";
    /** How problems name standard input. */
    static final String STDIN_NAME = "<stdin>";

    private FactInput() {
    }

    static boolean isStdin(Path input) {
        return input != null && input.toString().equals(STDIN);
    }

    static boolean anyStdin(List<Path> inputs) {
        return inputs.stream().anyMatch(FactInput::isStdin);
    }

    /** Loads the file, or standard input for {@code -}. */
    static FactFile load(Path input, InputStream stdin) throws FactFileException {
        return isStdin(input) ? FactFileLoader.standard().load(STDIN_NAME, stdin) : FactFileLoader.standard().load(input);
    }
}
