package org.mailblock.cli;

import java.util.Map;
import java.util.function.IntSupplier;
import org.mailblock.report.TextLayout;

/**
 * Chooses the text report's layout: on a terminal, its width ({@code COLUMNS} when set, else what the
 * terminal says) and colour (unless {@code NO_COLOR} is set, {@code TERM} is {@code dumb} or
 * {@code --no-color} is given); anything else (a pipe, a file) gets 80 columns without colour, the
 * same bytes on every machine.
 */
final class TextLayoutChoice {

    private TextLayoutChoice() {
    }

    static TextLayout choose(boolean stdoutIsTerminal, boolean noColor, Map<String, String> env, IntSupplier detectedWidth) {
        if (!stdoutIsTerminal) {
            return TextLayout.PLAIN;
        }
        String noColorVariable = env.get("NO_COLOR");
        boolean colour = !noColor && (noColorVariable == null || noColorVariable.isEmpty()) && !"dumb".equals(env.get("TERM"));
        return new TextLayout(width(env.get("COLUMNS"), detectedWidth), colour);
    }

    private static int width(String columns, IntSupplier detected) {
        if (columns != null) {
            try {
                int n = Integer.parseInt(columns.strip());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // a COLUMNS that is no number is ignored, as shells do
            }
        }
        int width = detected.getAsInt();
        return width > 0 ? width : TextLayout.DEFAULT_WIDTH;
    }
}
