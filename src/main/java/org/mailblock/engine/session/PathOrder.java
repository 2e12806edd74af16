package org.mailblock.engine.session;

import java.util.Comparator;

/** Orders fact paths as the file does: {@code users[2]} before {@code users[10]}. */
public final class PathOrder implements Comparator<String> {

    public static final PathOrder INSTANCE = new PathOrder();

    private PathOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                // compare the numbers without their leading zeros (keeping one digit): first by length, then digit by digit
                int startA = significantStart(a, i, endA);
                int startB = significantStart(b, j, endB);
                int byLength = Integer.compare(endA - startA, endB - startB);
                if (byLength != 0) {
                    return byLength;
                }
                for (int k = 0; k < endA - startA; k++) {
                    int byDigit = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
                    if (byDigit != 0) {
                        return byDigit;
                    }
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int significantStart(String s, int from, int end) {
        int start = from;
        while (start < end - 1 && s.charAt(start) == '0') {
            start++;
        }
        return start;
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
