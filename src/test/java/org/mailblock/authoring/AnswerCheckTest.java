package org.mailblock.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;
import org.mailblock.engine.inspect.Workbench;

class AnswerCheckTest {

    @TempDir
    Path dir;

    @Test
    void theProjectsAnswersFitTheFactFormatAndEachQuestionMattersInSomeSample() throws RuleBaseException {
        assertThat(AnswerCheck.run(Workbench.open(Copies.RULES))).isEmpty();
    }

    @Test
    void anAnswerWhoseFactsTheFormatRefusesIsAnErrorAtItsQuestion() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path catalogue = rules.resolve("catalogue.yaml");
        Copies.replace(catalogue, "          outbound.bulkMail: false\n", "          outbound.bulkMail: sometimes\n");
        int line = Copies.lineOf(catalogue, "  - id: bulk-mail\n");
        assertThat(AnswerCheck.run(Workbench.open(rules), Optional.empty())).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo("error");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).startsWith("answer 'no-bulk' of question 'bulk-mail' does not fit the fact format: ")
                    .contains("outbound.bulkMail: expected true or false");
        });
    }

    @Test
    void aQuestionNoneOfWhoseAnswersChangesAnySampleThatAsksItNeverMatters() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Copies.sample(dir, "unregistered-domains-lists-missing.yaml");
        assertThat(AnswerCheck.run(Workbench.open(rules), Optional.of(dir.resolve("facts-samples"))))
                .extracting(RuleProblem::format)
                .anySatisfy(f -> assertThat(f).contains("warning: question 'sending-domains' never matters: none of its answers changes"
                        + " the diagnosis of any sample that asks it (unregistered-domains-lists-missing.yaml)"))
                .noneSatisfy(f -> assertThat(f).contains("'on-premises-servers'"));
    }
}
