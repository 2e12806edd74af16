package org.mailblock.docs;

import org.mailblock.engine.rulebase.Catalogue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.cli.MailblockCli;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.i18n.MessageBundles;
import org.mailblock.load.SchemaValidity;

/**
 * Follows the walkthrough of {@code rules/README.md} in a copy of the rules: every snippet is
 * taken from the guide itself, so the guide cannot drift from what works.
 */
class AuthoringGuideTest {

    static final Path GUIDE = Path.of("rules", "README.md");
    static final Pattern STEP = Pattern.compile(
            "<!-- walkthrough: (append to|create|insert into) (\\S+)(?: before \"([^\"]+)\")? -->\\n```[a-z]*\\n(.*?)```",
            Pattern.DOTALL);
    static final String SAMPLE = "facts-samples/onmicrosoft-domain-throttled.yaml";

    @TempDir
    Path dir;
    Path rules;
    String guide;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void followTheGuide() throws IOException {
        guide = Files.readString(GUIDE);
        rules = Files.createDirectories(dir.resolve("rules"));
        Path real = Path.of("rules");
        try (Stream<Path> files = Files.walk(real)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = rules.resolve(real.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.createDirectories(dir.resolve("facts-samples"));
        Matcher m = STEP.matcher(guide);
        int steps = 0;
        while (m.find()) {
            apply(m.group(1), dir.resolve(m.group(2)), m.group(3), m.group(4));
            steps++;
        }
        assertThat(steps).as("walkthrough steps in the guide").isEqualTo(12);
    }

    private static void apply(String how, Path file, String before, String text) throws IOException {
        switch (how) {
            case "create" -> Files.writeString(file, text);
            case "append to" -> Files.writeString(file, Files.readString(file) + text);
            default -> {
                String content = Files.readString(file);
                String anchor = "\n" + before + "\n";
                assertThat(content).as("%s has a line '%s'", file, before).contains(anchor);
                int at = content.indexOf(anchor) + 1;
                Files.writeString(file, content.substring(0, at) + text + content.substring(at));
            }
        }
    }

    private Run mailblock(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--rules");
        all.add(2, rules.toString());
        int code = MailblockCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void checkTestCoverageExplainAndRulesAllReflectTheNewCause() {
        Run check = mailblock("check");
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).endsWith(" rules, 0 errors, 0 warnings\n");

        Path sample = dir.resolve(SAMPLE);
        Run test = mailblock("test", sample.toString());
        assertThat(test.exitCode()).as(test.out()).isZero();
        assertThat(test.out()).contains("PASS  " + sample.toString().replace('\\', '/')).contains("1 sample: 1 passed, 0 failed");

        Run coverage = mailblock("test", "--coverage", "--threshold", "100", "facts-samples", sample.toString());
        assertThat(coverage.exitCode()).as(coverage.out()).isZero();
        assertThat(coverage.out()).containsPattern("\\s1  cause-onmicrosoft-domain-throttled ")
                .containsPattern("\\s1  plan-custom-domain-required ").contains("(threshold 100.0 %: met)");

        Run explain = mailblock("explain", sample.toString());
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).contains("SYMPTOM onmicrosoft-sending-throttled (5.7.236)")
                .contains("CAUSE sending-from-onmicrosoft-domain (confirmed)")
                .contains("<- rule cause-onmicrosoft-domain-throttled (" + rules.resolve("causes-onmicrosoft-domain.drl") + ":10)")
                .contains("evidence ndrs[0].code = 5.7.236: ")
                .contains("ACTION send-from-custom-domain (required)")
                .doesNotContain("outside-knowledge");

        Run listing = mailblock("rules");
        assertThat(listing.exitCode()).isZero();
        assertThat(listing.out()).contains("cause-onmicrosoft-domain-throttled").contains("classify-onmicrosoft-sending-throttled")
                .contains("sending-from-onmicrosoft-domain").contains("concluded by: cause-onmicrosoft-domain-throttled")
                .contains("send-from-custom-domain").contains("proposed by: plan-custom-domain-required");
    }

    @Test
    void theGermanReportShowsTheNewCauseInGerman() {
        assertThat(guide).contains("./mailblock diagnose --lang de " + SAMPLE);
        Run german = mailblock("diagnose", "--lang", "de", "--format", "markdown", dir.resolve(SAMPLE).toString());
        assertThat(german.exitCode()).as(german.err()).isZero();
        assertThat(german.out()).contains("E-Mails werden von der onmicrosoft.com-Domäne des Mandanten gesendet")
                .contains("Von einer verifizierten eigenen Domäne statt von onmicrosoft.com senden")
                .contains("E-Mails von den onmicrosoft.com-Adressen des Mandanten haben ihr Tageslimit")
                .contains("5.7.236: E-Mails von der onmicrosoft.com-Domäne dürfen nur 100 externe Empfänger am Tag erreichen")
                .doesNotContain("Mail is sent from the tenant's onmicrosoft.com domain");
    }

    @Test
    void theCopysBundlesHaveTheSameKeysInBothLanguages() throws Exception {
        Catalogue catalogue = DiagnosisEngine.builder().rulesDirectory(rules).build().catalogue();
        MessageBundles bundles = MessageBundles.directory(rules, catalogue);
        assertThat(bundles.languages()).containsExactly("en", "de");
        assertThat(bundles.mismatchedKeys("de")).isEmpty();
        assertThat(bundles.messages("de").text("causes.sending-from-onmicrosoft-domain.title"))
                .isEqualTo("E-Mails werden von der onmicrosoft.com-Domäne des Mandanten gesendet");
    }

    @Test
    void withoutItsGermanTextsTheNewCauseFailsTheCheck() throws IOException {
        Path de = rules.resolve("messages/de.yaml");
        Files.writeString(de, Files.readString(de).replace("  sending-from-onmicrosoft-domain:\n    title:", "  sending-from-onmicrosoft-domian:\n    title:"));
        Run check = mailblock("check");
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.out()).contains("cause 'sending-from-onmicrosoft-domain' has no text in " + de)
                .contains(de + ":");
    }

    @Test
    void theGuidesSampleStartsWithTheSchemaLineAndIsValid() throws IOException {
        String sample = Files.readString(dir.resolve(SAMPLE));
        assertThat(sample).startsWith("# yaml-language-server: $schema=../schema/facts-v1.schema.json\n");
        assertThat(SchemaValidity.errors(sample)).isEmpty();
    }

    @Test
    void theMisspellingTheGuideSuggestsIsFoundAtItsLine() throws IOException {
        assertThat(guide).contains("cause(kcontext, \"sending-from-onmicrosoft-domian\", ...)");
        Path causes = rules.resolve("causes-onmicrosoft-domain.drl");
        Files.writeString(causes, Files.readString(causes).replace("cause(kcontext, \"sending-from-onmicrosoft-domain\"",
                "cause(kcontext, \"sending-from-onmicrosoft-domian\""));
        Run check = mailblock("check");
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.out()).containsPattern(Pattern.quote(causes.toString()) + ":\\d+:\\d+: error: rule .* names cause "
                + "'sending-from-onmicrosoft-domian', which .* does not define \\(did you mean 'sending-from-onmicrosoft-domain'\\?\\)");
    }

    @Test
    void theFailureTheGuideShowsIsWhatTestPrints() throws IOException {
        Matcher block = Pattern.compile("```text\\n(FAIL  " + Pattern.quote(SAMPLE) + "\\n.*?)```", Pattern.DOTALL).matcher(guide);
        assertThat(block.find()).as("the guide shows a failing sample").isTrue();
        Path sample = dir.resolve(SAMPLE);
        Files.writeString(sample, Files.readString(sample).replace("  actions:\n    - send-from-custom-domain: required\n", "  actions: []\n"));
        Run test = mailblock("test", sample.toString());
        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.out()).contains(block.group(1).replace(SAMPLE, sample.toString().replace('\\', '/')));
    }

    @Test
    void theProjectReadmeLinksTheGuide() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).contains("(rules/README.md)");
    }
}
