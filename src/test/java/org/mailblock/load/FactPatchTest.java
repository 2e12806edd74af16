package org.mailblock.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.diagnosis.Assumption;
import org.mailblock.facts.Admin;
import org.mailblock.facts.TenantFacts;

class FactPatchTest {

    private static final String FILE = """
            mailblock: 1
            collectedAt: 2026-11-20T10:00:00Z
            tenant:
              name: contoso.onmicrosoft.com
            ndrs:
              - code: 5.7.705
            admins:
              - upn: admin@contoso.com
                roles: [Global Administrator]
              - upn: helpdesk@contoso.com
                mfa: false
            """;

    @TempDir
    Path dir;

    private static TenantFacts assume(String... expressions) throws FactFileException {
        FactPatch patch = FactPatch.NONE;
        for (String e : expressions) {
            patch = patch.plus(FactPatch.expression(e));
        }
        return FactFileLoader.standard().assumable("tenant.yaml", FILE).assuming(patch).facts();
    }

    private static String problem(String... expressions) {
        try {
            assume(expressions);
        } catch (FactFileException e) {
            return e.problems().stream().map(FactFileProblem::format).reduce((a, b) -> a + "\n" + b).orElse("");
        }
        throw new AssertionError("no problem with " + List.of(expressions));
    }

    @Test
    void anEntryPickedByItsKeyGetsTheAssumedValueAndTheOthersStay() throws FactFileException {
        TenantFacts facts = assume("admins[upn=helpdesk@contoso.com].mfa=true");
        assertThat(facts.admins()).extracting(Admin::upn, Admin::mfa)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("admin@contoso.com", null),
                        org.assertj.core.groups.Tuple.tuple("helpdesk@contoso.com", true));
    }

    @Test
    void aKeyNoEntryHasAddsTheEntry() throws FactFileException {
        TenantFacts facts = assume("admins[upn=new@contoso.com].mfa=false");
        assertThat(facts.admins()).hasSize(3).last().satisfies(a -> {
            assertThat(a.upn()).isEqualTo("new@contoso.com");
            assertThat(a.mfa()).isFalse();
        });
    }

    @Test
    void everyEntryAWholeEntryAndUnknownAreAssumedAsWritten() throws FactFileException {
        TenantFacts facts = assume("admins[*].mfa=true", "connectors[+]={name: Relay, direction: inbound, recognized: false}",
                "outbound.bulkMail=true", "outbound.bulkMail=null");
        assertThat(facts.admins()).allSatisfy(a -> assertThat(a.mfa()).isTrue());
        assertThat(facts.connectors()).singleElement().satisfies(c -> assertThat(c.recognized()).isFalse());
        assertThat(facts.outbound()).isNotNull();
        assertThat(facts.outbound().bulkMail()).isNull();
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtTheAssumptionNotInAMergedFileNobodySees() {
        assertThat(problem("admins[upn=helpdesk@contoso.com].mfa=maybe"))
                .startsWith("--assume 'admins[upn=helpdesk@contoso.com].mfa=maybe': admins[1].mfa: ")
                .contains("(assumed: admins[upn=helpdesk@contoso.com].mfa=maybe)");
    }

    @Test
    void aFieldTheFormatDoesNotHaveIsRefusedAsInTheFile() {
        assertThat(problem("admins[0].mfaa=true")).startsWith("--assume 'admins[0].mfaa=true': admins[0].mfaa: ");
    }

    @Test
    void pathsThatPickNothingSayWhy() {
        assertThat(problem("admins[5].mfa=true")).contains("admins[5].mfa: 'admins' has 2 entries; positions count from 0");
        assertThat(problem("tenant.name.first=x")).contains("'name' holds a single value, not fields");
        assertThat(problem("admins[upn].mfa=true")).contains("'admins[upn]' picks no entry");
        assertThat(problem("admins.mfa")).contains("an assumption is path=value");
    }

    @Test
    void aPatchFileNamesItsLineForEachAssumption() throws Exception {
        Path patch = dir.resolve("answer.yaml");
        Files.writeString(patch, "admins[upn=helpdesk@contoso.com].mfa: true\nsubscription:\n  status: Enabled\n");
        FactPatch read = FactPatch.read(patch);
        assertThat(read.assumptions()).extracting(Assumption::path, Assumption::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("admins[upn=helpdesk@contoso.com].mfa", patch + ":1:1"),
                org.assertj.core.groups.Tuple.tuple("subscription", patch + ":2:1"));
        TenantFacts facts = FactFileLoader.standard().assumable("tenant.yaml", FILE).assuming(read).facts();
        assertThat(facts.subscription().status()).isNotNull();
        Files.writeString(patch, "- admins\n");
        assertThatThrownBy(() -> FactPatch.read(patch)).isInstanceOf(FactFileException.class)
                .hasMessageContaining(patch + ":1:1: a patch file is a mapping of paths to values");
    }

    @Test
    void assumingLeavesTheFileAsItIs() throws FactFileException {
        AssumableFacts file = FactFileLoader.standard().assumable("tenant.yaml", FILE);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("admins[*].mfa", true);
        file.assuming(FactPatch.of("answer admin-mfa/enforced", answer));
        assertThat(file.original().facts().admins()).extracting(Admin::mfa).containsExactly(null, false);
        assertThat(file.assuming(FactPatch.NONE)).isSameAs(file.original());
    }
}
