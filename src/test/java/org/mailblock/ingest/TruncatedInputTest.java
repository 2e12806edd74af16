package org.mailblock.ingest;

import org.mailblock.ingest.bounce.BounceImport;
import org.mailblock.ingest.bounce.BounceReader;
import org.mailblock.ingest.export.ExportReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real bounce and every export, cut short at several points, is read or refused with a message naming it; nothing crashes. */
class TruncatedInputTest {

    private static final double[] CUTS = {0.05, 0.25, 0.5, 0.75, 0.95};

    static Stream<Path> bounces() {
        return CorpusMessages.all().stream().map(CorpusMessages::path);
    }

    static Stream<Path> exports() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/ingest/exports"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounces")
    void aCutBounceIsReadOrRefusedWithItsName(Path file) throws IOException {
        byte[] whole = Files.readAllBytes(file);
        BounceReader reader = new BounceReader();
        for (double cut : CUTS) {
            byte[] part = Arrays.copyOf(whole, (int) (whole.length * cut));
            try {
                BounceImport imported = reader.read("cut.eml", part);
                assertThat(imported.ndrs()).allSatisfy(n -> {
                    if (n.ndr().code() == null) {
                        assertThat(n.ndr().text()).as("an NDR without a code carries its text").isNotBlank();
                    } else {
                        assertThat(n.ndr().code()).matches("[45]\\.[0-7]\\.\\d{1,3}");
                    }
                });
            } catch (InputException e) {
                assertThat(e.problem().format()).startsWith("cut.eml: ");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void aCutExportIsRefusedWithItsName(Path file) throws IOException {
        byte[] whole = Files.readAllBytes(file);
        ExportReader reader = new ExportReader();
        for (double cut : CUTS) {
            byte[] part = Arrays.copyOf(whole, (int) (whole.length * cut));
            // a cut that takes only the trailing line break leaves the whole export
            if (new String(part, StandardCharsets.UTF_8).strip().equals(new String(whole, StandardCharsets.UTF_8).strip())) {
                continue;
            }
            InputException e = catchThrowableOfType(InputException.class, () -> reader.read("cut.json", part));
            assertThat(e).as("%s cut to %d of %d bytes is refused", file, part.length, whole.length).isNotNull();
            assertThat(e.problem().source()).isEqualTo("cut.json");
            if (e.problem().message().startsWith("malformed JSON")) {
                assertThat(e.problem().line()).isPositive();
            }
        }
    }
}
