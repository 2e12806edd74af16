package org.mailblock.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rows of the real-bounce corpus manifest (test resources ingest/corpus/MANIFEST.tsv). */
record CorpusMessages(String file, String category, Set<String> codesInMessage, List<String> dsnStatusCodes,
                      List<String> failedRecipients) {

    static final Path FOLDER = Path.of("src/test/resources/ingest/corpus");

    private static final Pattern CODE = Pattern.compile("(?<![0-9.])[245]\\.[0-9]{1,3}\\.[0-9]{1,3}(?![0-9]|\\.[0-9])");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    Path path() {
        return FOLDER.resolve(file);
    }

    boolean microsoftGenerated() {
        return !category.startsWith("other MTA") && !category.startsWith("NOT a bounce");
    }

    boolean notABounce() {
        return category.startsWith("NOT a bounce");
    }

    /** The code of each failed recipient as the manifest gives it: the DSN Status, else the one code the message carries. */
    List<String> expectedCodes() {
        if (!dsnStatusCodes.isEmpty()) {
            return dsnStatusCodes;
        }
        return codesInMessage.isEmpty() ? List.of() : List.of(codesInMessage.iterator().next());
    }

    static List<CorpusMessages> all() {
        try {
            List<String> lines = Files.readAllLines(FOLDER.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
            List<CorpusMessages> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                rows.add(new CorpusMessages(c[0], c[6], codes(c[8]), codeList(c[14]), recipients(c[9])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> codes(String column) {
        return new LinkedHashSet<>(codeList(column));
    }

    /** The codes in order, repeated ones included (one per recipient in a DSN column). */
    private static List<String> codeList(String column) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(column);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The failed recipients, without those named only in a parenthesised remark (Original-Recipient, X.400 form). */
    private static List<String> recipients(String column) {
        String withoutRemarks = column.replaceAll("\\([^)]*\\)", " ");
        List<String> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(withoutRemarks);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
