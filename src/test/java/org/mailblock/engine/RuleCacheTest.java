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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
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
    void anEntryPlantedUnderTheRulesKeyRunsOnlyFromAFolderNobodyElseCanWrite() throws Exception {
        Path cache = dir.resolve("cache");
        Path planted = plantOtherRulesUnderTheKeyOf(cache);
        Path rules = dir.resolve("clean");
        // the user's own folder is trusted as it is: the planted entry runs, which shows what the check below refuses
        assertThat(DiagnosisEngine.builder().rulesDirectory(rules).ruleCache(cache).build().rules())
                .extracting(RuleInfo::id).containsExactly("planted");

        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<String> warnings = new ArrayList<>();
        DiagnosisEngine engine = DiagnosisEngine.builder().rulesDirectory(rules).ruleCache(cache).ruleCacheWarnings(warnings::add).build();

        assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("classify-threshold");
        assertThat(warnings).singleElement().asString()
                .contains("not using the rule cache " + cache, "others can write it (rwxrwxrwx)", "the rules are compiled instead");
        assertThat(Files.readAllBytes(planted)).as("nothing is written into a folder others can write")
                .isEqualTo(Files.readAllBytes(dir.resolve("planted.zip")));
    }

    @Test
    void aGroupWritableEntryIsRefused() throws Exception {
        Path cache = dir.resolve("cache");
        Path planted = plantOtherRulesUnderTheKeyOf(cache);
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rw-rw-r--"));
        List<String> warnings = new ArrayList<>();
        DiagnosisEngine engine = DiagnosisEngine.builder().rulesDirectory(dir.resolve("clean")).ruleCache(cache)
                .ruleCacheWarnings(warnings::add).build();
        assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("classify-threshold");
        assertThat(warnings).singleElement().asString().contains(planted.getFileName().toString(), "others can write it");
    }

    @Test
    void anEntryThatIsASymbolicLinkIsRefused() throws Exception {
        Path cache = dir.resolve("cache");
        Path planted = plantOtherRulesUnderTheKeyOf(cache);
        Path elsewhere = Files.move(planted, dir.resolve("elsewhere.zip"));
        Files.createSymbolicLink(planted, elsewhere);
        List<String> warnings = new ArrayList<>();
        DiagnosisEngine engine = DiagnosisEngine.builder().rulesDirectory(dir.resolve("clean")).ruleCache(cache)
                .ruleCacheWarnings(warnings::add).build();
        assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("classify-threshold");
        assertThat(warnings).singleElement().asString().contains("it is a symbolic link");
    }

    @Test
    void aCacheFolderOfAnotherUserIsRefused() throws Exception {
        Path cache = dir.resolve("cache");
        plantOtherRulesUnderTheKeyOf(cache);
        java.nio.file.attribute.UserPrincipal nobody;
        try {
            nobody = cache.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(cache, nobody);
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("giving a folder away needs root and a user named nobody");
            return;
        }
        List<String> warnings = new ArrayList<>();
        DiagnosisEngine engine = DiagnosisEngine.builder().rulesDirectory(dir.resolve("clean")).ruleCache(cache)
                .ruleCacheWarnings(warnings::add).build();
        assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("classify-threshold");
        assertThat(warnings).singleElement().asString().contains("it belongs to nobody");
    }

    @Test
    void aNewCacheFolderIsTheUsersAlone() throws Exception {
        Path cache = dir.resolve("new").resolve("cache");
        Path rules = RuleFolders.catalogueAnd(dir, "classify.drl", ONE_RULE);
        DiagnosisEngine.builder().rulesDirectory(rules).ruleCache(cache).build();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entries(cache).get(0)))).isEqualTo("rw-------");
    }

    /**
     * Compiles a rule base whose one rule has the id {@code planted} and stores it in {@code cache} under the key of
     * {@link #ONE_RULE}, whose folder is {@code dir/clean}; keeps a copy of the entry as {@code dir/planted.zip}.
     */
    private Path plantOtherRulesUnderTheKeyOf(Path cache) throws Exception {
        Path clean = RuleFolders.catalogueAnd(dir.resolve("c"), "classify.drl", ONE_RULE);
        Files.move(clean, dir.resolve("clean"));
        Path scratch = dir.resolve("scratch");
        DiagnosisEngine.builder().rulesDirectory(dir.resolve("clean")).ruleCache(scratch).build();
        String key = entries(scratch).get(0).getFileName().toString().replace(".rules.zip", "");
        Path other = RuleFolders.catalogueAnd(dir.resolve("o"), "classify.drl", ONE_RULE.replace("classify-threshold", "planted"));
        Path otherCache = dir.resolve("other-cache");
        DiagnosisEngine.builder().rulesDirectory(other).ruleCache(otherCache).build();
        CompiledRules evil = CompiledRules.fromZip(Files.readAllBytes(entries(otherCache).get(0)));
        RuleCache.in(cache).store(new CompiledRules(key, evil.models(), evil.classes()));
        Path planted = cache.resolve(key + ".rules.zip");
        Files.copy(planted, dir.resolve("planted.zip"));
        return planted;
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
