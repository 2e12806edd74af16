package org.mailblock.authoring;

import org.mailblock.engine.inspect.Workbench;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.engine.RuleBaseException;

/** {@code mailblock check} lints the message bundles: translations complete, keys equal, placeholders equal. */
class BundleCheckTest {

    @TempDir
    Path dir;

    @Test
    void theProjectsBundlesAndThePackagedOnesAreClean() throws RuleBaseException {
        assertThat(BundleCheck.run(Workbench.open(Copies.RULES))).isEmpty();
        assertThat(BundleCheck.run(Workbench.packaged())).isEmpty();
    }

    @Test
    void aCauseWithoutItsGermanTextsIsAnErrorAtItsCatalogueLine() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path de = rules.resolve("messages/de.yaml");
        Copies.replace(de, "  compromised-accounts:\n    title:", "  compromised-account:\n    title:");
        Path catalogue = rules.resolve("catalogue.yaml");
        int line = Copies.lineOf(catalogue, "id: compromised-accounts");
        int germanLine = Copies.lineOf(de, "  compromised-account:");
        CheckReport report = KnowledgeCheck.run(Workbench.open(rules));
        assertThat(report.clean()).isFalse();
        assertThat(report.findings()).map(p -> p.format()).containsExactly(
                catalogue + ":" + line + ":9: error: cause 'compromised-accounts' has no text in " + de
                        + ": add causes.compromised-accounts.title and causes.compromised-accounts.summary",
                de + ":" + (germanLine + 1) + ":5: error: 'causes.compromised-account.title': " + catalogue
                        + " defines no cause 'compromised-account'; the catalogue's texts are translated under its ids",
                de + ":" + (germanLine + 2) + ":5: error: 'causes.compromised-account.summary': " + catalogue
                        + " defines no cause 'compromised-account'; the catalogue's texts are translated under its ids");
    }

    @Test
    void aLabelMissingInOneLanguageIsAnErrorWhereTheOtherWritesIt() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path en = rules.resolve("messages/en.yaml");
        Path de = rules.resolve("messages/de.yaml");
        Copies.replace(de, "  nothing-to-do: Nichts zu tun.\n", "  nichts-zu-tun: Nichts zu tun.\n");
        int englishLine = Copies.lineOf(en, "  nothing-to-do:");
        int germanLine = Copies.lineOf(de, "  nichts-zu-tun:");
        assertThat(BundleCheck.run(Workbench.open(rules))).map(p -> p.format()).containsExactlyInAnyOrder(
                en + ":" + englishLine + ":3: error: 'report.nothing-to-do' has no text in " + de + "; every language has the keys of English",
                de + ":" + germanLine + ":3: error: 'report.nichts-zu-tun' is not in " + en
                        + "; every language has exactly the keys of English, so add it there or remove it here");
    }

    @Test
    void anEvidencePatternWhosePlaceholdersDifferIsAnError() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path de = rules.resolve("messages/de.yaml");
        Copies.replace(de, "  admin-roles: \"{user} hat Administratorrollen\"", "  admin-roles: \"{benutzer} hat Administratorrollen\"");
        int line = Copies.lineOf(de, "  admin-roles:");
        assertThat(BundleCheck.run(Workbench.open(rules))).singleElement().satisfies(p -> assertThat(p.format()).isEqualTo(
                de + ":" + line + ":3: error: 'evidence.admin-roles' uses {benutzer} where " + rules.resolve("messages/en.yaml")
                        + " uses {user}; a translation puts in the same values, by the same names"));
    }

    @Test
    void aBundleThatDoesNotParseIsReportedAtItsLine() throws RuleBaseException {
        Path rules = Copies.rules(dir);
        Path de = rules.resolve("messages/de.yaml");
        Copies.replace(de, "  nothing-to-do: Nichts zu tun.\n", "  nothing-to-do: [Nichts zu tun.\n");
        assertThat(BundleCheck.run(Workbench.open(rules))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(de.toString());
            assertThat(p.line()).isPositive();
            assertThat(p.level()).isEqualTo("error");
        });
    }
}
