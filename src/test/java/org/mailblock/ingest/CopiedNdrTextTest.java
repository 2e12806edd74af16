package org.mailblock.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mailblock.ingest.bounce.BounceImport;
import org.mailblock.ingest.bounce.BounceReader;

/** The text of an NDR copied out of Outlook, without its headers, imports as the bounce it is. */
class CopiedNdrTextTest {

    private static final Path COPIED = Path.of("src/test/resources/serve/outlook-ndr-5.7.705.txt");

    @Test
    void copiedNdrTextGivesItsCodeAndRecipientAndSaysWhatItLacks() throws Exception {
        BounceImport read = new BounceReader().read(COPIED);

        assertThat(read.ndrs()).hasSize(1);
        assertThat(read.ndrs().get(0).ndr().code()).isEqualTo("5.7.705");
        assertThat(read.ndrs().get(0).ndr().recipient()).isEqualTo("buyer@fabrikam.example");
        assertThat(read.warnings().get(0)).contains("no mail headers").contains("neither the date nor the sender");
    }

    @Test
    void copiedNdrTextNeedsTheTenantAndTheTimeGivenAndThenMakesAFactFile() {
        FactImporter importer = new FactImporter();
        byte[] text = readAll();

        ImportResult without = importer.importMessages(java.util.List.of(new BounceInput("pasted", text)), null, null);
        ImportResult with = importer.importMessages(java.util.List.of(new BounceInput("pasted", text)),
                java.time.Instant.parse("2026-11-20T10:00:00Z"), "contoso.onmicrosoft.com");

        assertThat(without.complete()).isFalse();
        assertThat(without.blockers()).anyMatch(b -> b.contains("--tenant")).anyMatch(b -> b.contains("--collected-at"));
        assertThat(with.complete()).isTrue();
        assertThat(with.facts().ndrs()).extracting(n -> n.code()).containsExactly("5.7.705");
    }

    @Test
    void headerlessTextWithoutAnNdrsWordsIsStillRefused() {
        assertThatThrownBy(() -> new BounceReader().read("note.txt", "Remember to call the help desk.\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("is not a mail message: it has no From, Date or Subject header");
    }

    private static byte[] readAll() {
        try {
            return Files.readAllBytes(COPIED);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
