package org.mailblock.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README is short, starts where a newcomer does, and tells the truth about the sample and the test command. */
class ReadmeTest {

    static final String FIRST_COMMAND = "./mailblock diagnose facts-samples/rogue-connector-after-admin-takeover.yaml";

    static String readme;

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readString(Path.of("README.md"));
    }

    @Test
    void theReadmeIsUnder250Lines() {
        assertThat(readme.lines().count()).isLessThan(250);
    }

    @Test
    void theFirstCommandDiagnosesASampleThatExistsAndSaysTheFirstRunBuilds() {
        Matcher m = Pattern.compile("```sh\\n(\\./mailblock diagnose (facts-samples/[a-z0-9-]+\\.yaml))\\n```").matcher(readme);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo(FIRST_COMMAND);
        assertThat(Path.of(m.group(2))).exists();
        assertThat(readme.substring(0, m.start())).contains("the first run builds the jar");
    }

    @Test
    void theTestCommandIsWhatContinuousIntegrationRuns() throws IOException {
        String ci = Files.readString(Path.of(".ci", "run"));
        assertThat(readme).contains("```sh\nmvn -B verify\n```");
        assertThat(ci.lines().filter(l -> !l.startsWith("#") && l.startsWith("mvn"))).containsExactly("mvn -B verify");
    }

    @Test
    void theHeapTheReadmeStatesIsTheOneThePomSets() throws IOException {
        Matcher heap = Pattern.compile("<argLine>-Xmx(\\d+)g</argLine>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(heap.find()).as("the POM sets the tests' heap").isTrue();
        assertThat(readme.replaceAll("\\s+", " ")).contains("in a fixed " + heap.group(1) + " GiB heap, set in the POM");
    }
}
