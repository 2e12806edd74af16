package org.mailblock.i18n;

import org.mailblock.engine.rulebase.Catalogue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;

class MessageBundlesTest {

    static Catalogue catalogue;

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() throws RuleBaseException {
        catalogue = DiagnosisEngine.builder().build().catalogue();
    }

    @Test
    void everyPackagedLanguageHasExactlyTheKeysOfEnglish() {
        MessageBundles bundles = MessageBundles.packaged(catalogue);
        assertThat(bundles.languages()).containsExactly("en", "de");
        for (String language : bundles.languages()) {
            assertThat(bundles.mismatchedKeys(language)).as(language).isEmpty();
        }
    }

    @Test
    void everyLanguageCountsOneThingInTheSingular() {
        MessageBundles bundles = MessageBundles.packaged(catalogue);
        Map<String, String> summary = Map.of("en", "Summary of 1 file", "de", "Zusammenfassung über 1 Datei");
        Map<String, String> ndr = Map.of("en", "1 NDR 5.1.8 ", "de", "1 NDR 5.1.8 ");
        for (String language : bundles.languages()) {
            Messages m = bundles.messages(language);
            assertThat(m.format("batch.summary", "files", 1)).as(language).isEqualTo(summary.get(language));
            assertThat(m.format("batch.summary", "files", 2)).as(language).doesNotContain(" 1 ");
            assertThat(org.mailblock.diagnosis.EvidenceText.render("ndrs-bad-sender", Map.of("count", 1L), k -> m.textOr(k, null)))
                    .as(language).startsWith(ndr.get(language));
            assertThat(org.mailblock.diagnosis.EvidenceText.render("ndrs-bad-sender", Map.of("count", 3L), k -> m.textOr(k, null)))
                    .as(language).startsWith("3 NDRs ");
        }
    }

    @Test
    void noTextPutsACountBeforeAFixedPluralNoun() {
        MessageBundles bundles = MessageBundles.packaged(catalogue);
        java.util.regex.Pattern fixed = java.util.regex.Pattern.compile("\\{(count|files|n)} (NDRs|files|messages|facts|Dateien|Nachrichten|Fakten)\\b|\\(s\\)|\\(en\\)");
        for (String language : bundles.languages()) {
            Messages m = bundles.messages(language);
            assertThat(m.allKeys().stream().filter(k -> m.list(k).isEmpty() && fixed.matcher(m.text(k)).find()))
                    .as(language + ": write {count, plural, one {# NDR} other {# NDRs}}").isEmpty();
        }
    }

    @Test
    void theRulesFolderBundlesMatchThePackagedOnes() throws Exception {
        MessageBundles folder = MessageBundles.directory(Path.of("rules"), catalogue);
        assertThat(folder.mismatchedKeys("de")).isEmpty();
        assertThat(folder.messages("de").text("report.plan")).isEqualTo(MessageBundles.packaged(catalogue).messages("de").text("report.plan"));
    }

    @Test
    void everyCatalogueEntryIsTranslatedIntoGerman() {
        Messages de = MessageBundles.packaged(catalogue).messages("de");
        catalogue.causes().forEach(c -> {
            assertThat(de.defines("causes." + c.id() + ".title")).as(c.id()).isTrue();
            assertThat(de.text("causes." + c.id() + ".summary")).as(c.id()).isNotEqualTo(c.summary());
        });
        catalogue.actions().forEach(a -> assertThat(de.text("actions." + a.id() + ".title")).as(a.id()).isNotEqualTo(a.title()));
        catalogue.questions().forEach(q -> assertThat(de.text("questions." + q.id() + ".ask")).as(q.id()).isNotEqualTo(q.ask()));
        catalogue.symptoms().forEach(s -> assertThat(de.text("symptoms." + s.id() + ".title")).as(s.id()).isNotEqualTo(s.title()));
    }

    @Test
    void englishCatalogueTextsComeFromTheCatalogue() {
        Messages en = MessageBundles.packaged(catalogue).messages("en");
        Catalogue.ActionEntry first = catalogue.actions().get(0);
        assertThat(en.text("actions." + first.id() + ".title")).isEqualTo(first.title());
        assertThat(en.text("status.required")).isEqualTo("required");
    }

    @Test
    void aKeyMissingInOneLanguageOrExtraInItIsReported() throws IOException {
        Path messages = Files.createDirectories(dir.resolve("messages"));
        Files.copy(Path.of("rules/messages/en.yaml"), messages.resolve("en.yaml"));
        String german = Files.readString(Path.of("rules/messages/de.yaml"))
                .replace("  nothing-to-do: Nichts zu tun.\n", "")
                .replace("  no-questions: Keine.\n", "  no-questions: Keine.\n  not-in-english: Nur auf Deutsch.\n");
        Files.writeString(messages.resolve("de.yaml"), german);
        MessageBundles bundles = MessageBundles.directory(dir, catalogue);
        assertThat(bundles.mismatchedKeys("de")).containsExactly("missing in de: report.nothing-to-do", "only in de: report.not-in-english");
        // a gap falls back to English rather than blanking the report
        assertThat(bundles.messages("de").text("report.nothing-to-do")).isEqualTo("Nothing to do.");
    }

    @Test
    void aRulesFolderWithoutMessagesUsesThePackagedLabels() throws Exception {
        MessageBundles bundles = MessageBundles.directory(dir, catalogue);
        assertThat(bundles.languages()).contains("en", "de");
    }

    @Test
    void aBundleThatIsNotYamlNamesTheFile() throws IOException {
        Path messages = Files.createDirectories(dir.resolve("messages"));
        Files.copy(Path.of("rules/messages/en.yaml"), messages.resolve("en.yaml"));
        Files.writeString(messages.resolve("fr.yaml"), "report:\n  plan: [unclosed\n");
        assertThatThrownBy(() -> MessageBundles.directory(dir, catalogue)).isInstanceOf(MessageBundleException.class)
                .hasMessageContaining("fr.yaml");
    }

    @Test
    void theDefaultLanguageFollowsTheLocaleAndFallsBackToEnglish() {
        MessageBundles bundles = MessageBundles.packaged(catalogue);
        assertThat(bundles.defaultLanguage(Locale.GERMANY)).isEqualTo("de");
        assertThat(bundles.defaultLanguage(Locale.forLanguageTag("de-AT"))).isEqualTo("de");
        assertThat(bundles.defaultLanguage(Locale.JAPAN)).isEqualTo("en");
        assertThat(bundles.defaultLanguage(Locale.ROOT)).isEqualTo("en");
    }

    @Test
    void evidenceIsWrittenFromItsKeyAndArgumentsInEachLanguage() {
        MessageBundles bundles = MessageBundles.packaged(catalogue);
        Evidence via = evidence("domain-not-accepted-via", "domain", "cheap.example", "via", "device");
        assertThat(Localizer.evidence(via, bundles.messages("en")).detail())
                .isEqualTo("cheap.example is not an accepted domain of the tenant (mail arrives via device)");
        assertThat(Localizer.evidence(via, bundles.messages("de")).detail())
                .isEqualTo("cheap.example ist keine akzeptierte Domäne des Mandanten (E-Mails kommen über device)");
        assertThat(Localizer.evidence(evidence("ndrs-bad-sender", "count", 3L), bundles.messages("de")).detail()).startsWith("3 ");
    }

    @Test
    void aSpanOfTimeIsWrittenInTheWordsOfEachLanguage() {
        MessageBundles bundles = MessageBundles.packaged(catalogue);
        Evidence twoDays = evidence("connector-created-age", "age", Duration.ofHours(50));
        assertThat(Localizer.evidence(twoDays, bundles.messages("en")).detail()).isEqualTo("created 2 days before collection");
        assertThat(Localizer.evidence(twoDays, bundles.messages("de")).detail()).isEqualTo("2 Tage vor der Erfassung erstellt");
        assertThat(Localizer.evidence(evidence("renewed-syncing", "age", Duration.ofMinutes(1)), bundles.messages("de")).detail())
                .startsWith("1 Minute vor der Erfassung verlängert");
        assertThat(Localizer.evidence(evidence("connector-created-age", "age", Duration.ofMinutes(90)), bundles.messages("en")).detail())
                .isEqualTo("created 90 minutes before collection");
        assertThat(Localizer.evidence(evidence("connector-created-age", "age", Duration.ofHours(5)), bundles.messages("en")).detail())
                .isEqualTo("created 5 hours before collection");
        assertThat(Localizer.evidence(evidence("connector-created-age", "age", Duration.ofHours(-1)), bundles.messages("en")).detail())
                .isEqualTo("created in the future of collection before collection");
    }

    @Test
    void evidenceWhoseKeyNoLanguageHasShowsTheKey() {
        Messages de = MessageBundles.packaged(catalogue).messages("de");
        assertThat(Localizer.evidence(evidence("no-such-key", "user", "a@b.example"), de).detail()).isEqualTo("evidence.no-such-key");
    }

    private static Evidence evidence(String key, Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Evidence("x", null, key, args, null);
    }

    @Test
    void placeholdersAreFilledByName() {
        Messages de = MessageBundles.packaged(catalogue).messages("de");
        assertThat(de.format("report.next-step", "step", 3, "title", "Connectors prüfen")).isEqualTo("Schritt 3, Connectors prüfen");
    }
}
