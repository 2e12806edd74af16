package org.mailblock.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailblock.cli.MailblockCli;

/** The diagnosis the README and the reports page show is what the README's first command prints, but for the lines left out as {@code ...}. */
class DiagnosisExcerptTest {

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/reports-and-packets.md"})
    void theExcerptIsWhatTheFirstCommandPrints(String page) throws IOException {
        String text = Files.readString(Path.of(page));
        Matcher excerpt = Pattern.compile("## What a diagnosis looks like\\n.*?```text\\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertThat(excerpt.find()).as("%s shows a diagnosis", page).isTrue();
        assertThat(text.substring(0, excerpt.start(1)).contains("rogue-connector-after-admin-takeover.yaml")
                || page.equals("README.md")).as("%s names the sample it shows", page).isTrue();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = ReadmeTest.FIRST_COMMAND.replaceFirst("^\\./mailblock ", "").split(" ");
        assertThat(MailblockCli.run(args, new PrintWriter(out), new PrintWriter(err))).as(err.toString()).isZero();
        assertThat(ReadmeCommandsTest.linesInOrder(excerpt.group(1), out.toString()))
                .as("lines of the excerpt in %s that the diagnosis does not print, in that order", page).isEmpty();
    }
}
