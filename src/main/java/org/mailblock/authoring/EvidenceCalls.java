package org.mailblock.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence a rule base's DRL states, read from the source without compiling: each
 * {@code .because(fact, "field", "key", "name", value, ...)} and {@code .unknown("path", "key", ...)}
 * with its message key, its argument names and where it is written.
 */
final class EvidenceCalls {

    private static final Pattern CALL = Pattern.compile("\\.(because|unknown)\\s*\\(");

    /**
     * One statement of evidence.
     *
     * @param key   the message key, or {@code null} when the rule computes it, which no lint can follow
     * @param names the argument names, in order; {@code null} when one is not written as a string
     */
    record Call(String file, int line, int column, String key, List<String> names) {
        String location() {
            return file + ":" + line;
        }
    }

    private EvidenceCalls() {
    }

    /** Every evidence call of one DRL file, in file order; comments are skipped. */
    static List<Call> read(String file, String drl) {
        String code = withoutComments(drl);
        List<Call> out = new ArrayList<>();
        Matcher m = CALL.matcher(code);
        while (m.find()) {
            List<String> args = arguments(code, m.end());
            int first = m.group(1).equals("because") ? 2 : 1;
            if (args.size() <= first) {
                continue; // not the kb's call; the compiler judges it
            }
            String key = literal(args.get(first));
            List<String> names = new ArrayList<>();
            for (int i = first + 1; i < args.size(); i += 2) {
                String name = literal(args.get(i));
                if (name == null) {
                    names = null;
                    break;
                }
                names.add(name);
            }
            int offset = m.start() + 1;
            int line = 1 + (int) code.substring(0, offset).chars().filter(c -> c == '\n').count();
            int column = offset - code.lastIndexOf('\n', offset - 1);
            out.add(new Call(file, line, column, key, names));
        }
        return out;
    }

    /** The top-level arguments of the call whose {@code (} ends just before {@code from}, as written. */
    private static List<String> arguments(String code, int from) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != '"') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(code, i, Math.min(end + 1, code.length()));
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth-- == 0) {
                out.add(current.toString().strip());
                return out;
            } else if (c == ',' && depth == 0) {
                out.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return out;
    }

    private static String literal(String arg) {
        return arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"") && arg.indexOf('"', 1) == arg.length() - 1
                ? arg.substring(1, arg.length() - 1) : null;
    }

    /** The source with {@code //} and block comments blanked out, keeping every line and column where it was. */
    private static String withoutComments(String drl) {
        StringBuilder out = new StringBuilder(drl);
        boolean inString = false;
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (drl.startsWith("//", i)) {
                while (i < drl.length() && drl.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (drl.startsWith("/*", i)) {
                int end = drl.indexOf("*/", i + 2);
                end = end < 0 ? drl.length() : end + 2;
                for (; i < end; i++) {
                    if (drl.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
                i--;
            }
        }
        return out.toString();
    }
}
