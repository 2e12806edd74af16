package org.mailblock.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the allowed name a mistyped one was probably meant to be, for "did you mean" hints. */
public final class ClosestName {

    private ClosestName() {
    }

    /** The allowed name nearest to the typed one, when it is near enough to be a typo. */
    public static Optional<String> among(String typed, List<String> allowed) {
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

    /**
     * Damerau-Levenshtein distance (optimal string alignment): the fewest single-character edits, a swap of two
     * neighbours counting as one, turning one text into the other; "tset" is one edit from "test", not two.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
