package org.mailblock.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.inspect.Workbench;

class QuestionValueCheckTest {

    @TempDir
    Path dir;

    @Test
    void theProjectsQuestionsGetEveryValueTheirTextsUse() throws RuleBaseException {
        assertThat(QuestionValueCheck.run(Workbench.open(Copies.RULES))).isEmpty();
    }

    @Test
    void anAskWithoutTheValueOfAPlaceholderIsAnErrorAtTheAsk() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path questions = rules.resolve("questions.drl");
        Copies.replace(questions, ".with(\"start\", $start).with(\"end\", $end) );\n", ".with(\"end\", $end) );\n");
        assertThat(QuestionValueCheck.run(Workbench.open(rules))).singleElement().satisfies(p -> assertThat(p.format())
                .contains("questions.drl:").contains("error: question 'connector-creator' is asked with {end} but its texts in the"
                        + " catalogue use {end}, {start}"));
    }

    @Test
    void aTranslatedQuestionThatDropsAPlaceholderIsAnError() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path de = rules.resolve("messages/de.yaml");
        Copies.replace(de, "-StartDate {start} -EndDate {end} -Operations\n      New-InboundConnector,Set-InboundConnector. In",
                "-StartDate {start} -Operations\n      New-InboundConnector,Set-InboundConnector. In");
        assertThat(BundleCheck.run(Workbench.open(rules))).singleElement().satisfies(p -> assertThat(p.format())
                .contains("'questions.connector-creator.how' uses {start} where").contains("uses {end}, {start}"));
    }
}
