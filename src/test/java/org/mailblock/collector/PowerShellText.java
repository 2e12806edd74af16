package org.mailblock.collector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PowerShell script split the way its reader sees it: the code (comments dropped, each string literal
 * replaced by an empty one) and the string literals. Enough of the language for the collector: line and
 * block comments, single- and double-quoted strings, and the {@code $( )} subexpressions inside double
 * quotes, which are code. Here-strings are refused rather than half-read.
 */
record PowerShellText(String code, List<String> strings) {

    /** A command name: Verb-Noun, not part of a variable, a member or a parameter. */
    private static final Pattern COMMAND = Pattern.compile("(?<![\\w$.\\-])([A-Za-z]+)-([A-Za-z][A-Za-z0-9]*)(?![\\w\\-])");

    static PowerShellText of(String script) {
        if (Pattern.compile("@[\"']\r?\n").matcher(script).find()) {
            throw new IllegalArgumentException("here-strings are not read by this test's tokenizer");
        }
        StringBuilder code = new StringBuilder();
        List<String> strings = new ArrayList<>();
        read(script, code, strings);
        return new PowerShellText(code.toString(), List.copyOf(strings));
    }

    private static void read(String text, StringBuilder code, List<String> strings) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<' && text.startsWith("<#", i)) {
                int end = text.indexOf("#>", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else if (c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (c == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < text.length()) {
                    if (text.charAt(i) == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        literal.append('\'');
                        i += 2;
                    } else if (text.charAt(i) == '\'') {
                        i++;
                        break;
                    } else {
                        literal.append(text.charAt(i++));
                    }
                }
                strings.add(literal.toString());
                code.append("''");
            } else if (c == '"') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '`' && i + 1 < text.length()) {
                        literal.append(text, i, i + 2);
                        i += 2;
                    } else if (text.startsWith("$(", i)) {
                        int end = closingParen(text, i + 1);
                        // a subexpression is code, even inside a string
                        code.append(' ');
                        read(text.substring(i + 2, end), code, strings);
                        code.append(' ');
                        i = end + 1;
                    } else {
                        literal.append(text.charAt(i++));
                    }
                }
                i++;
                strings.add(literal.toString());
                code.append("\"\"");
            } else {
                code.append(c);
                i++;
            }
        }
    }

    private static int closingParen(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed subexpression at " + open);
    }

    /** Every Verb-Noun name in the code, in order, with repeats. */
    List<String> commandsInCode() {
        return commands(code);
    }

    /** Every Verb-Noun name written inside a string literal. */
    List<String> commandsInStrings() {
        List<String> out = new ArrayList<>();
        strings.forEach(s -> out.addAll(commands(s)));
        return out;
    }

    /** The functions the script defines itself. */
    List<String> functions() {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*function\\s+([A-Za-z]+-[A-Za-z0-9]+)").matcher(code);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static List<String> commands(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = COMMAND.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
