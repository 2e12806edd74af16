package org.mailblock.docs;

import org.mailblock.engine.rulebase.Catalogue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;

/** The README tells the truth about the catalogue, the samples and the test command. */
class ReadmeTest {

    static String readme;
    static Catalogue catalogue;

    @BeforeAll
    static void read() throws IOException, RuleBaseException {
        readme = Files.readString(Path.of("README.md"));
        catalogue = DiagnosisEngine.builder().build().catalogue();
    }

    @Test
    void theCauseTableListsExactlyTheCataloguesCauses() {
        Map<String, String> rows = rows("^\\| `([a-z0-9-]+)` \\| ([0-9., ]+) \\|");
        assertThat(rows.keySet()).containsExactlyElementsOf(catalogue.causes().stream().map(Catalogue.CauseEntry::id).toList());
        for (Catalogue.CauseEntry cause : catalogue.causes()) {
            assertThat(rows.get(cause.id()).trim()).as(cause.id()).isEqualTo(String.join(", ", cause.ndr()));
        }
    }

    @Test
    void theActionTableListsExactlyTheCataloguesActionsInPlanOrder() {
        Map<String, String> rows = rows("^\\| (\\d+) \\| `([a-z0-9-]+)` \\|", 2, 1);
        assertThat(rows.keySet()).containsExactlyElementsOf(catalogue.actions().stream().map(Catalogue.ActionEntry::id).toList());
        for (Catalogue.ActionEntry action : catalogue.actions()) {
            assertThat(rows.get(action.id())).as(action.id()).isEqualTo(String.valueOf(action.order()));
        }
    }

    @Test
    void theDiagnoseCommandNamesASampleThatExists() {
        Matcher m = Pattern.compile("\\./mailblock diagnose (facts-samples/[a-z0-9-]+\\.yaml)").matcher(readme);
        assertThat(m.find()).isTrue();
        assertThat(Path.of(m.group(1))).exists();
    }

    @Test
    void theTestCommandIsWhatContinuousIntegrationRuns() throws IOException {
        String ci = Files.readString(Path.of(".ci", "run"));
        assertThat(readme).contains("```sh\nmvn -B verify\n```");
        assertThat(ci.lines().filter(l -> !l.startsWith("#") && l.startsWith("mvn"))).containsExactly("mvn -B verify");
    }

    private static Map<String, String> rows(String regex) {
        return rows(regex, 1, 2);
    }

    private static Map<String, String> rows(String regex, int keyGroup, int valueGroup) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(readme);
        while (m.find()) {
            out.put(m.group(keyGroup), m.group(valueGroup));
        }
        return out;
    }
}
