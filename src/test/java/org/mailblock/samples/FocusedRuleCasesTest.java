package org.mailblock.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailblock.authoring.SampleRunner;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleInfo;
import org.mailblock.expect.Expectation;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/** Every rule's boundary is pinned by the knowledge authors' own samples, without Java. */
class FocusedRuleCasesTest {

    @Test
    void everyRuleHasASampleWhereItMustFireAndOneWhereItMustNot() throws IOException, FactFileException, RuleBaseException {
        Set<String> mustFire = new HashSet<>();
        Set<String> mustNotFire = new HashSet<>();
        for (Path sample : SampleRunner.samples(List.of(Samples.FOLDER))) {
            Expectation expected = FactFileLoader.standard().load(sample).expectation();
            if (expected != null && expected.rules() != null) {
                mustFire.addAll(expected.rules().fired());
                mustNotFire.addAll(expected.rules().notFired());
            }
        }
        List<String> withoutFired = new ArrayList<>();
        List<String> withoutNotFired = new ArrayList<>();
        for (RuleInfo rule : DiagnosisEngine.builder().build().rules()) {
            String where = rule.id() + " (" + rule.file() + ":" + rule.line() + ")";
            if (!mustFire.contains(rule.id())) {
                withoutFired.add(where);
            }
            if (!mustNotFire.contains(rule.id())) {
                withoutNotFired.add(where);
            }
        }
        assertThat(withoutFired).as("rules no sample lists under expect: rules: fired").isEmpty();
        assertThat(withoutNotFired).as("rules no sample lists under expect: rules: notFired").isEmpty();
    }
}
