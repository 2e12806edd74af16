package org.mailblock.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the allowed name a mistyped one was probably meant to be, for "did you mean" hints. */
final class ClosestName {

    private ClosestName() {
    }

    /** The allowed name nearest to the typed one, when it is near enough to be a typo. */
    static Optional<String> among(String typed, List<String> allowed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = wanted.length() <= 4 ? 1 : 2;
        return best != null && bestDistance <= tolerated && !best.equals(typed) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: the fewest single-character edits turning one text into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
