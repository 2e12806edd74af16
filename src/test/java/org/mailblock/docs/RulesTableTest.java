package org.mailblock.docs;

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
import org.mailblock.authoring.RuleListing;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.inspect.Workbench;
import org.mailblock.engine.rulebase.Catalogue;

/** The tables of docs/rules.md are the catalogue's causes and actions and what {@code mailblock rules --format markdown} prints. */
class RulesTableTest {

    static final Path RULES_DOC = Path.of("docs", "rules.md");

    static String doc;
    static Catalogue catalogue;

    @BeforeAll
    static void read() throws IOException, RuleBaseException {
        doc = Files.readString(RULES_DOC);
        catalogue = DiagnosisEngine.builder().build().catalogue();
    }

    @Test
    void theRulesTableIsTheGeneratedOne() throws RuleBaseException {
        String table = RuleListing.of(Workbench.open(Path.of("rules"))).rulesMarkdown();
        assertThat(doc).as("docs/rules.md holds the output of: ./mailblock rules --format markdown").contains(table);
    }

    @Test
    void theCauseTableListsExactlyTheCataloguesCauses() {
        Map<String, String> rows = rows("^\\| `([a-z0-9-]+)` \\| ([0-9., -]+) \\|", 1, 2);
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

    private static Map<String, String> rows(String regex, int keyGroup, int valueGroup) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(doc);
        while (m.find()) {
            out.put(m.group(keyGroup), m.group(valueGroup));
        }
        return out;
    }
}
