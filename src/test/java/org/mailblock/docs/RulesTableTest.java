package org.mailblock.docs;

import org.mailblock.engine.inspect.Workbench;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mailblock.authoring.RuleListing;
import org.mailblock.engine.RuleBaseException;

/** The README's rules table is what {@code mailblock rules --format markdown} prints for the project's rules. */
class RulesTableTest {

    @Test
    void theReadmeCarriesTheGeneratedRulesTable() throws IOException, RuleBaseException {
        String readme = Files.readString(Path.of("README.md"));
        String table = RuleListing.of(Workbench.open(Path.of("rules"))).rulesMarkdown();
        assertThat(readme).as("README.md holds the output of: ./mailblock rules --format markdown").contains(table);
    }
}
