package org.mailblock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFileLoader;

/**
 * Salience only orders the layers for a readable trace; the conclusions rest on truth maintenance.
 * Every sample must get the same diagnosis when the layers fire in reverse order or in no order.
 */
class FiringOrderIndependenceTest {

    private static final Pattern SALIENCE = Pattern.compile("(?m)^(\\s*)salience (-?\\d+)\\s*$");

    @TempDir
    static Path dir;

    private static DiagnosisEngine projectRules;
    private static List<Path> samples;

    @BeforeAll
    static void compileTheProjectRules() throws Exception {
        projectRules = engine(RuleFolders.PROJECT_RULES);
        try (Stream<Path> files = Files.list(Path.of("facts-samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everySampleGetsTheSameDiagnosisWhenTheLayersFireInReverseOrder() throws Exception {
        Path reversed = rewriteSalience(dir.resolve("reversed"), s -> String.valueOf(60 - Integer.parseInt(s)));
        assertSameDiagnoses(engine(reversed));
    }

    @Test
    void everySampleGetsTheSameDiagnosisWithoutSalience() throws Exception {
        Path flat = rewriteSalience(dir.resolve("flat"), s -> "0");
        assertSameDiagnoses(engine(flat));
    }

    private static void assertSameDiagnoses(DiagnosisEngine shuffled) throws Exception {
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            TenantFacts facts = FactFileLoader.standard().load(sample).facts();
            assertThat(conclusions(shuffled.diagnose(facts)))
                    .as(sample.toString())
                    .isEqualTo(conclusions(projectRules.diagnose(facts)));
        }
    }

    /** What a diagnosis concludes, without the rules hash that tells the two rule folders apart. */
    private static List<Object> conclusions(Diagnosis d) {
        return List.of(d.symptoms(), d.rootCauses(), d.actions(), d.questions());
    }

    private static Path rewriteSalience(Path target, UnaryOperator<String> salience) throws IOException {
        Path rules = RuleFolders.copyOfProjectRules(Files.createDirectories(target));
        int rewritten = 0;
        try (Stream<Path> files = Files.list(rules)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = SALIENCE.matcher(Files.readString(drl));
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(out, m.group(1) + "salience " + salience.apply(m.group(2)));
                    rewritten++;
                }
                m.appendTail(out);
                Files.writeString(drl, out.toString());
            }
        }
        assertThat(rewritten).as("rules whose salience was rewritten").isGreaterThan(50);
        return rules;
    }

    private static DiagnosisEngine engine(Path rules) throws RuleBaseException {
        return DiagnosisEngine.builder().rulesDirectory(rules).withoutRuleCache().build();
    }
}
