package org.mailblock.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.fuzz.FactFileMutations;
import org.mailblock.fuzz.FactFileMutations.Family;
import org.mailblock.fuzz.FuzzBudget;
import org.mailblock.fuzz.FuzzStatistics;
import org.mailblock.fuzz.Fuzzer;
import org.mailblock.fuzz.MutatedFactFile;
import org.mailblock.fuzz.ValidFactFile;
import org.mailblock.report.JsonReport;
import org.mailblock.report.TextReport;

/**
 * Whatever is done to a valid fact file, loading it ends in one of two ways: a diagnosis (the
 * same bytes when diagnosed again), or a {@link FactFileException} whose every problem names the
 * file, a line and column inside it, and says in words what is wrong. Any other exception fails,
 * with the seed, the shrunk file and the command that repeats it. A file read from disk and the same text given as a string load alike.
 *
 * <p>Line 0 is reserved for problems about the file as a whole (not found, a directory, not
 * readable, over the size limit); none of those can arise from a file's content, so here every
 * problem must have a position. A file that is not UTF-8 is reported at the first bad byte.
 *
 * <p>The normal build runs about 10,000 cases with a fixed seed; see {@link FuzzBudget} for longer runs.
 */
class MutatedFactFilesTest {

    private static final FactFileLoader LOADER = FactFileLoader.standard();
    private static DiagnosisEngine engine;
    private static FileSystem files;
    private static Path dir;

    /** How a case ended. */
    enum Outcome { DIAGNOSED, REFUSED }

    @BeforeAll
    static void buildTheEngineOnce() throws RuleBaseException, IOException {
        engine = DiagnosisEngine.builder().build();
        files = Jimfs.newFileSystem(Configuration.unix());
        dir = Files.createDirectories(files.getPath("/fuzz"));
    }

    @AfterAll
    static void dropTheFiles() throws IOException {
        files.close();
    }

    @Test
    void everyValidFileLoadsToTheSameFactsWhenWrittenOutFromItsTree() throws FactFileException {
        for (ValidFactFile base : FactFileMutations.baseFiles()) {
            FactFile original = LOADER.load(base.name(), new String(base.bytes(), StandardCharsets.UTF_8));
            FactFile rewritten = LOADER.load(base.name(), new String(base.withTree(List.of()), StandardCharsets.UTF_8));
            assertThat(rewritten).as(base.name()).isEqualTo(original);
        }
    }

    @Test
    void aFileChangedInItsStructureIsDiagnosedOrRefusedWithAPosition(TestInfo test) {
        FuzzStatistics<Outcome> outcomes = Fuzzer.forTest(test, Family.STRUCTURAL, 4_000).run(c -> outcomeOf(c.file()));
        assertBothOutcomesAndEveryChange(outcomes, Family.STRUCTURAL, 0.05);
    }

    @Test
    void aFileChangedInItsBytesIsDiagnosedOrRefusedWithAPosition(TestInfo test) {
        FuzzStatistics<Outcome> outcomes = Fuzzer.forTest(test, Family.TEXTUAL, 4_500).run(c -> outcomeOf(c.file()));
        assertBothOutcomesAndEveryChange(outcomes, Family.TEXTUAL, 0.05);
    }

    @Test
    void aFileChangedInBothIsDiagnosedOrRefusedWithAPosition(TestInfo test) {
        FuzzStatistics<Outcome> outcomes = Fuzzer.forTest(test, Family.MIXED, 1_500).run(c -> outcomeOf(c.file()));
        // two rounds of changes rarely leave a file the loader accepts, but some must get through
        assertBothOutcomesAndEveryChange(outcomes, Family.MIXED, 0.002);
    }

    /** The run was not vacuous: many files refused, enough diagnosed, and every kind of change made. */
    private static void assertBothOutcomesAndEveryChange(FuzzStatistics<Outcome> outcomes, Family family, double diagnosed) {
        assertThat(outcomes.share(Outcome.REFUSED)).as("share of refused files").isGreaterThan(0.30);
        assertThat(outcomes.share(Outcome.DIAGNOSED)).as("share of diagnosed files").isGreaterThan(diagnosed);
        assertThat(outcomes.kinds()).as("kinds of change made").containsAll(family.kinds());
    }

    /** Loads the file from disk and diagnoses it; fails unless it ends in a diagnosis or a clean refusal. */
    private static Outcome outcomeOf(MutatedFactFile file) {
        byte[] content = file.content();
        Path path = write(content);
        // bytes changed on disk may read differently from text; a file only rewritten from its tree cannot
        Optional<String> text = file.bytes().isEmpty() ? Optional.empty() : utf8WithoutMark(content);
        FactFile loaded;
        try {
            loaded = LOADER.load(path);
        } catch (FactFileException refused) {
            assertCleanRefusal(refused, path, content);
            text.ifPresent(t -> assertThat(refusalOfText(path, t)).as("the same text given as a string")
                    .isEqualTo(refused.problems()));
            return Outcome.REFUSED;
        }
        Diagnosis diagnosis = engine.diagnose(loaded.facts());
        String json = JsonReport.render(diagnosis);
        assertThat(TextReport.render(diagnosis)).isNotEmpty();
        assertThat(JsonReport.render(engine.diagnose(loaded.facts()))).as("the same facts diagnosed again").isEqualTo(json);
        text.ifPresent(t -> assertThat(loadText(path, t)).as("the same text given as a string").isEqualTo(loaded));
        return Outcome.DIAGNOSED;
    }

    private static void assertCleanRefusal(FactFileException refused, Path path, byte[] content) {
        String fileText = new String(content, StandardCharsets.UTF_8);
        List<String> lines = linesOf(content);
        for (FactFileProblem problem : refused.problems()) {
            assertThat(problem.file()).isEqualTo(path.toString());
            assertThat(problem.message()).as("message of %s", problem.format()).isNotBlank();
            // a message may quote the file, but must not add the wording of the libraries underneath
            for (String foreign : LoadFailures.FOREIGN) {
                if (!fileText.contains(foreign)) {
                    assertThat(problem.format()).doesNotContain(foreign);
                }
            }
            assertThat(problem.line()).as("line of %s", problem.format()).isBetween(1, lines.size());
            String line = lines.get(problem.line() - 1);
            assertThat(problem.column()).as("column of %s", problem.format())
                    .isBetween(1, line.codePointCount(0, line.length()) + 1);
        }
        assertThat(refused.getMessage().lines()).hasSize(refused.problems().size())
                .allSatisfy(line -> assertThat(line).matches("\\Q" + path + "\\E:\\d+:\\d+: .+"));
        assertThat(refused.getMessage().codePoints().filter(c -> c != '\n').filter(MutatedFactFilesTest::invisible).toArray())
                .as("invisible or line-breaking characters in %s", refused.getMessage()).isEmpty();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    private static List<FactFileProblem> refusalOfText(Path path, String text) {
        try {
            LOADER.load(path.toString(), text);
            return List.of();
        } catch (FactFileException e) {
            return e.problems();
        }
    }

    private static FactFile loadText(Path path, String text) {
        try {
            return LOADER.load(path.toString(), text);
        } catch (FactFileException e) {
            throw new AssertionError("the file loads, but not the same text given as a string: " + e.getMessage(), e);
        }
    }

    /** The lines as the loader counts them: CR, LF, CRLF, NEL, LS and PS each end a line; bad bytes count as one character. */
    private static List<String> linesOf(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return List.of(text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1));
    }

    /** The text, when the bytes are UTF-8 and do not start with a byte order mark. */
    private static Optional<String> utf8WithoutMark(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Path write(byte[] content) {
        try {
            return Files.write(dir.resolve("tenant.yaml"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
