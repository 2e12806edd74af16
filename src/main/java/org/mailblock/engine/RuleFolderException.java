package org.mailblock.engine;

import java.util.List;

/** The rule folder cannot be used at all: it does not exist, is not a folder, or cannot be read. A usage error, not a compile error. */
public final class RuleFolderException extends RuleBaseException {

    private static final long serialVersionUID = 1L;

    /** An exception stating why the folder cannot be read. */
    public RuleFolderException(RuleProblem problem) {
        super(List.of(problem));
    }
}
