package org.mailblock.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailblock.load.LoadFailures.HEAD;
import static org.mailblock.load.LoadFailures.onlyProblem;
import static org.mailblock.load.LoadFailures.position;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailblock.facts.FactProblem;
import org.mailblock.facts.FactsValidator;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.TenantFacts;

/**
 * A problem is one line of visible text, whatever the file held: line and paragraph separators,
 * terminal escapes and other invisible characters a file quotes back are shown as escapes, so they
 * can neither split the report of one problem over several lines nor recolour the terminal.
 * (Cases found by fuzzing the loader.)
 */
class InvisibleCharactersInMessagesTest {

    @Test
    void lineSeparatorsInAQuotedValueAreShownAsEscapes() {
        FactFileProblem problem = onlyProblem("mailblock: \"line\\r\\nnext\\u2028third\\u0085fourth\"\n"
                + HEAD.substring(HEAD.indexOf('\n') + 1));

        assertThat(position(problem)).isEqualTo("1:12");
        assertThat(problem.message()).isEqualTo(
                "expected a whole number; found text 'line\\r\\nnext\\u2028third\\u0085fourth'");
        assertThat(problem.format()).hasLineCount(1).doesNotContain("\u2028", "\u0085");
    }

    @Test
    void aLineSeparatorInsideAKeyKeepsTheProblemOnOneLine() {
        FactFileProblem problem = onlyProblem("c\u2028ollectedAt: 2026-11-20T10:00:00Z\ntenant:\n  name: c\n");

        assertThat(problem.message()).isEqualTo("the top level of a fact file is a mapping of fields, starting with "
                + "'mailblock: 1'; found text 'c\\u2028ollectedAt'");
        assertThat(problem.format()).hasLineCount(1).doesNotContain("\u2028");
    }

    @Test
    void aTerminalEscapeInAnUnknownFieldIsShownNotSent() {
        FactFileProblem problem = onlyProblem(HEAD + "\"\\e[31mred\": 1\n");

        assertThat(position(problem)).isEqualTo("7:1");
        assertThat(problem.path()).isEqualTo("\\u001B[31mred");
        assertThat(problem.message()).startsWith("unknown field '\\u001B[31mred'");
        assertThat(problem.format()).doesNotContain("\u001B");
    }

    @Test
    void factsBuiltInCodeQuoteInvisibleCharactersAsEscapesToo() {
        TenantFacts facts = TenantFacts.builder(Instant.parse("2026-11-20T10:00:00Z"), "contoso.onmicrosoft.com")
                .ndr(Ndr.of("5.7.705\u001B[2J")).build();

        List<FactProblem> problems = FactsValidator.validate(facts);

        assertThat(problems).extracting(FactProblem::message).containsExactly(
                "expected an enhanced status code of the form d.d.d, for example 5.7.705; found '5.7.705\\u001B[2J'");
    }
}
