package org.mailblock.load;

import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactFileProblemTest {

    @Test
    void formatsLikeACompilerError() {
        FactFileProblem problem = new FactFileProblem("facts/contoso.yaml", 12, 5, "connectors[1].createdAt", "invalid date");

        assertThat(problem.format()).isEqualTo("facts/contoso.yaml:12:5: connectors[1].createdAt: invalid date");
    }

    @Test
    void leavesOutAnEmptyPath() {
        assertThat(new FactFileProblem("f.yaml", 1, 1, "", "the file is empty").format())
                .isEqualTo("f.yaml:1:1: the file is empty");
        assertThat(new FactFileProblem("f.yaml", 1, 1, null, "the file is empty").path()).isEmpty();
    }

    @Test
    void leavesOutThePositionOfProblemsWithTheWholeFile() {
        assertThat(new FactFileProblem("f.yaml", 0, 0, "", "file not found").format()).isEqualTo("f.yaml: file not found");
    }

    @Test
    void exceptionMessageListsEveryProblemOnItsOwnLine() {
        FactFileException failure = new FactFileException(List.of(
                new FactFileProblem("f.yaml", 1, 1, "collectedAt", "missing"),
                new FactFileProblem("f.yaml", 7, 12, "ndrs[0].count", "count must be 1 or more; found 0")));

        assertThat(failure.getMessage()).isEqualTo("f.yaml:1:1: collectedAt: missing\n"
                + "f.yaml:7:12: ndrs[0].count: count must be 1 or more; found 0");
        assertThat(failure.problems()).hasSize(2);
    }

    @Test
    void exceptionNeedsAProblem() {
        assertThatThrownBy(() -> new FactFileException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileFailuresAreWordedWithoutExceptionNames() {
        assertThat(FileSource.unreadable(new AccessDeniedException("/facts/contoso.yaml")))
                .isEqualTo("cannot read the file: permission denied");
        assertThat(FileSource.unreadable(new NoSuchFileException("/facts/contoso.yaml"))).isEqualTo("file not found");
        assertThat(FileSource.unreadable(new java.io.IOException("Input/output error")))
                .isEqualTo("cannot read the file: Input/output error");
    }
}
