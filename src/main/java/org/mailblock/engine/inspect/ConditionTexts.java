package org.mailblock.engine.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The DRL text of each top-level condition of a rule, as written. The parser's positions leave
 * out the parentheses around a grouped condition, so each text runs from its own start to the
 * next condition's start and is trimmed to balanced parentheses.
 */
final class ConditionTexts {

    private static final Pattern THEN = Pattern.compile("\\bthen\\b");

    private ConditionTexts() {
    }

    static List<String> of(RuleDescr rule, String source) {
        List<BaseDescr> elements = rule.getLhs() == null ? List.of() : rule.getLhs().getDescrs();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            BaseDescr d = elements.get(i);
            int start = d.getStartCharacter();
            if (start < 0 || start >= source.length()) {
                out.add(String.valueOf(d));
                continue;
            }
            while (start > 0 && (source.charAt(start - 1) == '(' || Character.isWhitespace(source.charAt(start - 1)))) {
                start--;
            }
            while (start < source.length() && Character.isWhitespace(source.charAt(start))) {
                start++;
            }
            int end;
            if (i + 1 < elements.size() && elements.get(i + 1).getStartCharacter() > start) {
                end = elements.get(i + 1).getStartCharacter();
            } else {
                Matcher then = THEN.matcher(source);
                end = then.find(Math.max(d.getStartCharacter(), d.getEndCharacter() < 0 ? start : Math.min(d.getEndCharacter(), source.length() - 1)))
                        ? then.start() : source.length();
            }
            String text = source.substring(start, end).strip();
            // the next condition's opening parentheses belong to it, not to this one
            while (balance(text) > 0 && text.endsWith("(")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            // a leading "(" the scan took from before an inner start that had none of its own
            while (balance(text) > 0 && text.startsWith("(")) {
                text = text.substring(1).strip();
            }
            out.add(balance(text) == 0 ? text : RuleOutlineReader.rawTextOf(d, source));
        }
        return out;
    }

    /** Opening minus closing parentheses, ignoring those in string literals. */
    static int balance(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            }
        }
        return depth;
    }
}
