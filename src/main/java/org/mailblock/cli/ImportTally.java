package org.mailblock.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mailblock.ingest.ImportResult;
import org.mailblock.ingest.ImportedNdr;
import org.mailblock.ingest.InputProblem;

/** The import's counts in words: from how many messages the NDRs came, and why the others were skipped. */
final class ImportTally {

    private ImportTally() {
    }

    /** " from 12 of 15 bounce messages" when more than one message was read; empty otherwise. */
    static String fromMessages(ImportResult imported) {
        if (imported.bounceCount() <= 1) {
            return "";
        }
        long giving = imported.ndrs().stream().map(ImportedNdr::source).distinct().count();
        return " from " + giving + " of " + imported.bounceCount() + " bounce messages";
    }

    /** "skipped 3 inputs: 2 is not a bounce message, 1 is truncated", counted by the first words of each reason. */
    static Optional<String> skipped(ImportResult imported) {
        if (imported.problems().size() < 2) {
            return Optional.empty();
        }
        Map<String, Integer> byReason = new LinkedHashMap<>();
        for (InputProblem problem : imported.problems()) {
            byReason.merge(reason(problem.message()), 1, Integer::sum);
        }
        String reasons = byReason.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return Optional.of("skipped " + imported.problems().size() + " inputs (each named above): " + reasons);
    }

    /** The reason without its details: up to the first colon, semicolon or parenthesis. */
    static String reason(String message) {
        int end = message.length();
        for (char c : new char[] {':', ';', '('}) {
            int at = message.indexOf(c);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return message.substring(0, end).strip();
    }
}
