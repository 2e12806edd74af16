package org.mailblock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.facts.TenantFacts;
import org.mailblock.load.FactFileLoader;

/**
 * Salience only orders the layers for a readable trace; the conclusions rest on truth maintenance.
 * Every sample, whole tenant or focused, must get the same diagnosis when the layers fire in reverse
 * order or in no order, and when rules of equal salience fire in the reverse of their usual order.
 */
class FiringOrderIndependenceTest {

    private static final Pattern SALIENCE = Pattern.compile("(?m)^(\\s*)salience (-?\\d+)\\s*$");
    /** A rule with the comment lines right above it. */
    private static final Pattern RULE = Pattern.compile("(?ms)^(?://[^\\n]*\\n)*rule\\s+\".*?^end[ \\t]*\\n?");

    @TempDir
    static Path dir;

    private static DiagnosisEngine projectRules;
    private static List<Path> samples;

    @BeforeAll
    static void compileTheProjectRules() throws Exception {
        projectRules = engine(RuleFolders.PROJECT_RULES);
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("facts-samples")), Files.list(Path.of("facts-samples", "rules")))) {
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

    @Test
    void everySampleGetsTheSameDiagnosisWhenRulesOfEqualSalienceFireInReverseOrder() throws Exception {
        DiagnosisEngine backwards = engine(reverseRuleOrder(dir.resolve("backwards")));
        assertSameDiagnoses(backwards);
        // Drools fires rules of equal salience in the order it loaded them: the reversal must show in some trace, or this test proves nothing
        assertThat(samples).anySatisfy(sample -> {
            TenantFacts facts = FactFileLoader.standard().load(sample).facts();
            assertThat(firings(backwards.diagnose(facts, DiagnoseOptions.EXPLAIN)))
                    .isNotEqualTo(firings(projectRules.diagnose(facts, DiagnoseOptions.EXPLAIN)));
        });
    }

    private static List<String> firings(Diagnosis d) {
        return d.trace().stream().map(TraceEntry::rule).toList();
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

    /** A copy of the rules with the files loaded in reverse order (renamed to sort so) and each file's rules reversed. */
    private static Path reverseRuleOrder(Path target) throws IOException {
        Path rules = RuleFolders.copyOfProjectRules(Files.createDirectories(target));
        List<Path> drls;
        try (Stream<Path> files = Files.list(rules)) {
            drls = files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        int reversedFiles = 0;
        for (int i = 0; i < drls.size(); i++) {
            Path drl = drls.get(i);
            String text = Files.readString(drl);
            Matcher m = RULE.matcher(text);
            List<String> rulesOfFile = new ArrayList<>();
            StringBuilder rest = new StringBuilder();
            int end = 0;
            while (m.find()) {
                rest.append(text, end, m.start());
                rulesOfFile.add(m.group());
                end = m.end();
            }
            rest.append(text.substring(end)).append('\n');
            Collections.reverse(rulesOfFile);
            reversedFiles += rulesOfFile.size() > 1 ? 1 : 0;
            Files.delete(drl);
            Files.writeString(drl.resolveSibling(String.format("%02d-%s", drls.size() - i, drl.getFileName())),
                    rest + String.join("\n", rulesOfFile));
        }
        assertThat(reversedFiles).as("files whose rules were reversed").isGreaterThan(10);
        return rules;
    }

    private static DiagnosisEngine engine(Path rules) throws RuleBaseException {
        return DiagnosisEngine.builder().rulesDirectory(rules).withoutRuleCache().build();
    }
}
