package org.mailblock.engine;

import org.mailblock.engine.rulebase.CompiledRules;
import org.mailblock.engine.rulebase.PackagedModel;
import org.mailblock.engine.rulebase.RuleBasePrecompiler;
import org.mailblock.engine.rulebase.RuleCache;
import org.mailblock.engine.rulebase.RuleSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.TenantFacts;
import org.mailblock.report.JsonReport;

class RuleCacheTest {

    private static final String ONE_RULE = """
            package mailblock;
            import org.mailblock.facts.*;
            import org.mailblock.engine.kb.*;
            import function org.mailblock.engine.kb.Conclude.symptom;

            // 5.7.705 is the only code this rule base knows.
            rule "5.7.705 means the tenant exceeded its outbound threshold"
                @id("classify-threshold") @codes("5.7.705")
            when
                $t : NdrTally( code == "5.7.705" )
            then
                insert( symptom(kcontext, "tenant-over-threshold", $t).banning() );
            end
            """;

    @TempDir
    Path dir;

    @Test
    void thePackagedRulesComeCompiledWithTheBuild() throws RuleBaseException {
        RuleSource packaged = RuleSource.packaged();
        assertThat(PackagedModel.load(RuleBasePrecompiler.drlOnly(packaged.files()))).isPresent();
    }

    @Test
    void aRuleFolderIsCompiledOnceAndThenLoadedFromTheCache() throws Exception {
        Path rules = RuleFolders.catalogueAnd(dir, "classify.drl", ONE_RULE);
        Path cache = dir.resolve("cache");
        DiagnosisEngine first = DiagnosisEngine.builder().rulesDirectory(rules).ruleCache(cache).build();
        assertThat(entries(cache)).hasSize(1);
        Path entry = entries(cache).get(0);
        long written = Files.getLastModifiedTime(entry).toMillis();

        DiagnosisEngine second = DiagnosisEngine.builder().rulesDirectory(rules).ruleCache(cache).build();
        assertThat(entries(cache)).containsExactly(entry);
        assertThat(Files.getLastModifiedTime(entry).toMillis()).isEqualTo(written);
        assertThat(JsonReport.render(second.diagnose(threshold()))).isEqualTo(JsonReport.render(first.diagnose(threshold())));
        assertThat(second.rules()).isEqualTo(first.rules());
        assertThat(second.rules().get(0).line()).isEqualTo(7);
    }

    @Test
    void aChangedRuleFileIsCompiledAgain() throws Exception {
        Path rules = RuleFolders.catalogueAnd(dir, "classify.drl", ONE_RULE);
        Path cache = dir.resolve("cache");
        DiagnosisEngine.builder().rulesDirectory(rules).ruleCache(cache).build();
        Files.writeString(rules.resolve("classify.drl"), ONE_RULE.replace("classify-threshold", "classify-705"));
        DiagnosisEngine changed = DiagnosisEngine.builder().rulesDirectory(rules).ruleCache(cache).build();
        assertThat(changed.rules()).extracting(RuleInfo::id).containsExactly("classify-705");
        assertThat(entries(cache)).hasSize(2);
    }

    @Test
    void aDamagedCacheEntryIsIgnoredAndReplaced() throws Exception {
        Path rules = RuleFolders.catalogueAnd(dir, "classify.drl", ONE_RULE);
        Path cache = dir.resolve("cache");
        DiagnosisEngine.builder().rulesDirectory(rules).ruleCache(cache).build();
        Path entry = entries(cache).get(0);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));

        DiagnosisEngine rebuilt = DiagnosisEngine.builder().rulesDirectory(rules).ruleCache(cache).build();
        assertThat(rebuilt.diagnose(threshold()).symptoms()).extracting(s -> s.id()).containsExactly("tenant-over-threshold");
        assertThat(CompiledRules.fromZip(Files.readAllBytes(entry)).models()).isNotEmpty();
    }

    @Test
    void onlyTheNewestEntriesAreKept() throws Exception {
        Path cache = dir.resolve("cache");
        RuleCache ruleCache = RuleCache.in(cache);
        CompiledRules some = CompiledRules.fromZip(compiledOnce(cache));
        for (int i = 0; i < RuleCache.KEPT_ENTRIES + 3; i++) {
            ruleCache.store(new CompiledRules("entry" + i, some.models(), some.classes()));
            Files.setLastModifiedTime(cache.resolve("entry" + i + ".rules.zip"), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        assertThat(entries(cache)).hasSize(RuleCache.KEPT_ENTRIES);
        assertThat(ruleCache.load("entry" + (RuleCache.KEPT_ENTRIES + 2))).isPresent();
        assertThat(ruleCache.load("entry0")).isEmpty();
    }

    private byte[] compiledOnce(Path cache) throws Exception {
        Path rules = RuleFolders.catalogueAnd(dir, "classify.drl", ONE_RULE);
        DiagnosisEngine.builder().rulesDirectory(rules).ruleCache(cache).build();
        Path entry = entries(cache).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.delete(entry);
        return bytes;
    }

    @Test
    void withoutCacheNothingIsWritten() throws Exception {
        Path rules = RuleFolders.catalogueAnd(dir, "classify.drl", ONE_RULE);
        DiagnosisEngine.builder().rulesDirectory(rules).withoutRuleCache().build();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("rules");
    }

    @Test
    void theCacheFolderComesFromThePropertyTheEnvironmentOrTheHomeFolder() {
        assertThat(RuleCache.standardFolder("/p", "/e", "/x", "/h")).isEqualTo(Path.of("/p"));
        assertThat(RuleCache.standardFolder(null, "/e", "/x", "/h")).isEqualTo(Path.of("/e"));
        assertThat(RuleCache.standardFolder(null, " ", "/x", "/h")).isEqualTo(Path.of("/x", "mailblock"));
        assertThat(RuleCache.standardFolder(null, null, null, "/h")).isEqualTo(Path.of("/h", ".cache", "mailblock"));
        assertThat(RuleCache.standardFolder(null, null, null, null)).isNull();
    }

    private static TenantFacts threshold() {
        return TenantFacts.builder(Tenants.COLLECTED, "contoso.onmicrosoft.com").ndr(Ndr.of("5.7.705")).build();
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }
}
