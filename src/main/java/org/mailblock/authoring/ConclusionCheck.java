package org.mailblock.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailblock.engine.RuleProblem;
import org.mailblock.engine.inspect.Workbench;

/**
 * Finds conclusions written with a plain {@code insert(...)}. The diagnosis is right in any firing
 * order only because every conclusion is held by truth maintenance ({@code insertLogical}): a plain
 * insert outlives the conditions that made it, and a later fact can no longer withdraw it. Read
 * from the DRL source, so it works on rules that do not compile.
 */
final class ConclusionCheck {

    private static final Pattern CONSEQUENCE = Pattern.compile("(?m)^\\s*then\\b(.*?)^\\s*end\\b", Pattern.DOTALL);
    private static final Pattern PLAIN_INSERT = Pattern.compile("\\binsert\\s*\\(");

    private ConclusionCheck() {
    }

    static List<RuleProblem> run(Workbench workbench) {
        List<RuleProblem> out = new ArrayList<>();
        workbench.drlSources().forEach((file, drl) -> out.addAll(read(file, drl)));
        return out;
    }

    static List<RuleProblem> read(String file, String drl) {
        String code = withoutComments(drl);
        List<RuleProblem> out = new ArrayList<>();
        Matcher then = CONSEQUENCE.matcher(code);
        while (then.find()) {
            Matcher insert = PLAIN_INSERT.matcher(code);
            insert.region(then.start(1), then.end(1));
            while (insert.find()) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < insert.start(); i++) {
                    if (code.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                out.add(new RuleProblem(file, line, insert.start() - lineStart + 1, "error",
                        "a conclusion written with insert(...) outlives the conditions that made it; write insertLogical(...), "
                                + "so that truth maintenance withdraws it when they no longer hold"));
            }
        }
        return out;
    }

    /** The source with comments blanked out, keeping every position. */
    private static String withoutComments(String drl) {
        StringBuilder s = new StringBuilder(drl);
        Matcher m = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL).matcher(drl);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (s.charAt(i) != '\n') {
                    s.setCharAt(i, ' ');
                }
            }
        }
        return s.toString();
    }
}
