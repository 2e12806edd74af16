package org.mailblock.load;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Loads that are expected to fail, and the checks every reported problem must pass. */
final class LoadFailures {

    /** The start of a valid fact file, six lines long, ending inside the first NDR. */
    static final String HEAD = """
            mailblock: 1
            collectedAt: 2026-11-20T10:00:00Z
            tenant:
              name: contoso.onmicrosoft.com
            ndrs:
              - code: 5.7.705
            """;

    /** Wording of the libraries underneath and of Java, which must never reach the user. */
    static final List<String> FOREIGN = List.of("java.", "javax.", "com.fasterxml", "org.yaml", "org.mailblock",
            "Exception", "\tat ", "`", "Cannot deserialize", "Cannot coerce", "JsonToken");

    private LoadFailures() {
    }

    /** The failure of loading the text as {@code test.yaml}, checked for readable problems. */
    static FactFileException failureOf(String yaml) {
        return failureOf(() -> FactFileLoader.standard().load("test.yaml", yaml));
    }

    /** The failure of the load, checked for readable problems. */
    static FactFileException failureOf(ThrowingCallable load) {
        FactFileException failure = catchThrowableOfType(FactFileException.class, load);
        assertThat(failure).as("the load fails with a fact file exception").isNotNull();
        assertReadable(failure);
        return failure;
    }

    /** The single problem of loading the text as {@code test.yaml}. */
    static FactFileProblem onlyProblem(String yaml) {
        List<FactFileProblem> problems = failureOf(yaml).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    /** Every message speaks the user's language: no class names, no Jackson wording, no stack trace. */
    static void assertReadable(FactFileException failure) {
        assertThat(failure.problems()).isNotEmpty();
        for (FactFileProblem problem : failure.problems()) {
            assertThat(problem.message()).as("message of %s", problem).isNotBlank().doesNotContain(FOREIGN);
            assertThat(problem.path()).doesNotContain(FOREIGN);
        }
        assertThat(failure.getMessage()).doesNotContain(FOREIGN);
        assertThat(failure.getMessage().lines()).hasSize(failure.problems().size());
    }

    /** The problem's position as {@code line:column}. */
    static String position(FactFileProblem problem) {
        return problem.line() + ":" + problem.column();
    }
}
