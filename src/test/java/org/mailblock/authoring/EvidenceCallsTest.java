package org.mailblock.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceCallsTest {

    @Test
    void readsTheKeyAndArgumentNamesOfEachCallWithTheirPosition() {
        String drl = """
                then
                    insert( cause(kcontext, "x", Confidence.LIKELY)
                        .because($c, "createdAt", "on-premises-connector-recent", "connector", $c.name(), "age", age($c.createdAt(), $now))
                        .unknown("admins", "admins-unknown") );
                """;
        List<EvidenceCalls.Call> calls = EvidenceCalls.read("r.drl", drl);
        assertThat(calls).containsExactly(
                new EvidenceCalls.Call("r.drl", 3, 10, "on-premises-connector-recent", List.of("connector", "age")),
                new EvidenceCalls.Call("r.drl", 4, 10, "admins-unknown", List.of()));
    }

    @Test
    void skipsCommentsAndMarksAComputedKeyOrNameAsUncheckable() {
        String drl = """
                // an example in a comment: .because($u, "mfa", "user-no-mfa", "user", $u.upn())
                /* .because($u, "mfa", "in-a-block", "user", $u.upn()) */
                c = c.because($u, "mfa", $key, "user", $u.upn());
                c = c.because($u, "mfa", "user-no-mfa", $name, $u.upn());
                """;
        List<EvidenceCalls.Call> calls = EvidenceCalls.read("r.drl", drl);
        assertThat(calls).extracting(EvidenceCalls.Call::line).containsExactly(3, 4);
        assertThat(calls.get(0).key()).isNull();
        assertThat(calls.get(1).key()).isEqualTo("user-no-mfa");
        assertThat(calls.get(1).names()).isNull();
    }
}
