package org.mailblock.authoring.mutation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the small changes an author could make by mistake, one at a time, to the text of a rule
 * base: each {@link Mutant} differs from the rules by exactly one of them.
 */
public final class Mutator {

    private static final Pattern PATTERN = Pattern.compile("(?<![\\w.$])([A-Z]\\w*)\\s*\\(");
    private static final Pattern NUMBER = Pattern.compile("(<=|>=|==|!=|<|>)(\\s*)(-?\\d+)(?![\\w.])");
    private static final Pattern RELATION = Pattern.compile("(?<=\\s)(<=|>=|<|>)(?=\\s)");
    private static final Pattern BINDING = Pattern.compile("\\$\\w+(?=\\s*:(?!:))");
    private static final Pattern CONFIDENCE = Pattern.compile("\\bConfidence\\.(CONFIRMED|LIKELY|POSSIBLE)\\b");
    private static final Pattern CALL = Pattern.compile("\\.(because|about|aboutAll|target|targetAll)\\s*\\(");
    private static final Pattern ACTION_ID = Pattern.compile("^  - id:\\s*(\\S+)\\s*$");
    private static final Pattern ORDER = Pattern.compile("^    order:\\s*(\\d+)\\s*$");
    private static final Map<String, String> LOOSER = Map.of("<", "<=", "<=", "<", ">", ">=", ">=", ">");
    private static final List<String> CONFIDENCES = List.of("CONFIRMED", "LIKELY", "POSSIBLE");

    private Mutator() {
    }

    /**
     * Every mutant of a rule base.
     *
     * @param drl       the text of each DRL file, by the name messages give it
     * @param catalogue the catalogue's name in messages
     * @param catalogueText the catalogue's text, or {@code null}
     */
    public static List<Mutant> of(SortedMap<String, String> drl, String catalogue, String catalogueText) {
        List<Mutant> out = new ArrayList<>();
        drl.forEach((file, text) -> DrlRule.read(text).forEach(rule -> out.addAll(ofRule(file, rule))));
        if (catalogueText != null) {
            out.addAll(ofCatalogue(catalogue, catalogueText));
        }
        return List.copyOf(out);
    }

    static List<Mutant> ofRule(String file, DrlRule rule) {
        List<Draft> drafts = new ArrayList<>();
        List<Piece> constraints = constraints(rule);
        conditions(rule, drafts);
        for (Piece piece : constraints) {
            if (!declaresUsedVariable(rule, piece.start, piece.end) && !piece.isBindingOnly()) {
                drafts.add(new Draft(MutationKind.CONSTRAINT, piece.removeStart, piece.removeEnd, "",
                        "without `" + piece.text + "` in `" + piece.type + "( ... )`", piece.start));
            }
        }
        numbers(rule, constraints, drafts);
        relations(rule, constraints, drafts);
        consequence(rule, drafts);
        return named(file, rule, drafts);
    }

    /** Each condition of the rule left out, unless it binds a variable the rest of the rule uses. */
    private static void conditions(DrlRule rule, List<Draft> drafts) {
        String m = rule.mask().masked();
        int depth = 0;
        int start = -1;
        int lastCode = -1;
        int lineStart = rule.lhsStart();
        for (int i = rule.lhsStart(); i <= rule.lhsEnd(); i++) {
            char c = i < rule.lhsEnd() ? m.charAt(i) : '\n';
            if (c == '\n' || i == rule.lhsEnd()) {
                lineStart = i + 1;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                if (depth == 0 && isFirstCodeOfLine(m, lineStart, i)) {
                    if (start >= 0) {
                        addCondition(rule, drafts, start, lastCode + 1);
                    }
                    start = i;
                }
                lastCode = i;
            }
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            }
        }
        if (start >= 0) {
            addCondition(rule, drafts, start, lastCode + 1);
        }
    }

    private static boolean isFirstCodeOfLine(String m, int lineStart, int i) {
        return m.substring(lineStart, i).isBlank();
    }

    private static void addCondition(DrlRule rule, List<Draft> drafts, int start, int end) {
        if (!declaresUsedVariable(rule, start, end)) {
            drafts.add(new Draft(MutationKind.CONDITION, start, end, "", "without `" + collapse(rule.text().substring(start, end)) + "`", start));
        }
    }

    /** Every constraint of every pattern in the conditions, split at the pattern's own commas. */
    private static List<Piece> constraints(DrlRule rule) {
        String m = rule.mask().masked();
        List<Piece> out = new ArrayList<>();
        Matcher p = PATTERN.matcher(m).region(rule.lhsStart(), rule.lhsEnd());
        while (p.find()) {
            int open = p.end() - 1;
            int close = rule.mask().closing(open);
            if (close < 0 || close > rule.lhsEnd()) {
                continue;
            }
            List<int[]> spans = new ArrayList<>();
            int depth = 0;
            int from = open + 1;
            for (int i = open + 1; i < close; i++) {
                char c = m.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    spans.add(trim(m, from, i));
                    from = i + 1;
                }
            }
            spans.add(trim(m, from, close));
            spans.removeIf(s -> s[0] >= s[1]);
            for (int k = 0; k < spans.size(); k++) {
                int[] s = spans.get(k);
                int removeStart;
                int removeEnd;
                if (k + 1 < spans.size()) {
                    removeStart = s[0];
                    removeEnd = spans.get(k + 1)[0];
                } else if (k > 0) {
                    removeStart = spans.get(k - 1)[1];
                    removeEnd = s[1];
                } else {
                    removeStart = s[0];
                    removeEnd = s[1];
                }
                out.add(new Piece(p.group(1), s[0], s[1], removeStart, removeEnd, collapse(rule.text().substring(s[0], s[1]))));
            }
        }
        return out;
    }

    private static int[] trim(String m, int from, int to) {
        while (from < to && Character.isWhitespace(m.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(m.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    /** A number compared with moved one past its boundary, to each side. */
    private static void numbers(DrlRule rule, List<Piece> constraints, List<Draft> drafts) {
        Matcher n = NUMBER.matcher(rule.mask().masked()).region(rule.lhsStart(), rule.lhsEnd());
        while (n.find()) {
            long value = Long.parseLong(n.group(3));
            for (long moved : new long[] {value - 1, value + 1}) {
                int at = n.start(3);
                int end = n.end(3);
                drafts.add(new Draft(MutationKind.BOUNDARY, at, end, Long.toString(moved),
                        changed(rule, constraints, at, end, Long.toString(moved)), at));
            }
        }
    }

    /** A comparison loosened ({@code <} to {@code <=}) or tightened ({@code >=} to {@code >}). */
    private static void relations(DrlRule rule, List<Piece> constraints, List<Draft> drafts) {
        Matcher r = RELATION.matcher(rule.mask().masked()).region(rule.lhsStart(), rule.lhsEnd());
        while (r.find()) {
            String to = LOOSER.get(r.group(1));
            drafts.add(new Draft(MutationKind.OPERATOR, r.start(), r.end(), to, changed(rule, constraints, r.start(), r.end(), to), r.start()));
        }
    }

    /** The constraint around a change, before and after it. */
    private static String changed(DrlRule rule, List<Piece> constraints, int at, int end, String replacement) {
        Piece around = constraints.stream().filter(p -> p.start <= at && end <= p.end)
                .min(Comparator.comparingInt(p -> p.end - p.start)).orElse(null);
        String text = rule.text();
        int from = around == null ? lineStart(text, at) : around.start;
        int to = around == null ? lineEnd(text, end) : around.end;
        String before = collapse(text.substring(from, to));
        String after = collapse(text.substring(from, at) + replacement + text.substring(end, to));
        return "`" + before + "` -> `" + after + "`";
    }

    /** A confidence one step up or down; a piece of evidence or a target left out. */
    private static void consequence(DrlRule rule, List<Draft> drafts) {
        String m = rule.mask().masked();
        Matcher c = CONFIDENCE.matcher(m).region(rule.lhsEnd(), rule.rhsEnd());
        while (c.find()) {
            int index = CONFIDENCES.indexOf(c.group(1));
            for (int step : new int[] {-1, 1}) {
                if (index + step >= 0 && index + step < CONFIDENCES.size()) {
                    String to = CONFIDENCES.get(index + step);
                    drafts.add(new Draft(MutationKind.CONFIDENCE, c.start(1), c.end(1), to,
                            "`Confidence." + c.group(1) + "` -> `Confidence." + to + "`", c.start()));
                }
            }
        }
        Matcher call = CALL.matcher(m).region(rule.lhsEnd(), rule.rhsEnd());
        while (call.find()) {
            int close = rule.mask().closing(call.end() - 1);
            if (close < 0) {
                continue;
            }
            MutationKind kind = call.group(1).equals("because") ? MutationKind.EVIDENCE : MutationKind.TARGET;
            drafts.add(new Draft(kind, call.start(), close + 1, "",
                    "without `" + collapse(rule.text().substring(call.start(), close + 1)) + "`", call.start()));
        }
    }

    /** Whether the span binds a variable ({@code $x :}) that the rule uses outside it. */
    private static boolean declaresUsedVariable(DrlRule rule, int start, int end) {
        String m = rule.mask().masked();
        Matcher b = BINDING.matcher(m).region(start, end);
        while (b.find()) {
            Pattern use = Pattern.compile(Pattern.quote(b.group()) + "(?![\\w])");
            Matcher u = use.matcher(m);
            while (u.find()) {
                if (u.start() < start || u.start() >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Drafts become mutants; the same change twice in one rule is told apart by its position. */
    private static List<Mutant> named(String file, DrlRule rule, List<Draft> drafts) {
        List<Mutant> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Draft d : drafts) {
            int n = seen.merge(d.kind + d.change, 1, Integer::sum);
            String change = n == 1 ? d.change : d.change + " (" + ordinal(n) + ")";
            String text = rule.text().substring(0, d.start) + d.replacement + rule.text().substring(d.end);
            out.add(new Mutant(file, rule.lineOf(d.at), rule.id(), rule.name(), d.kind, change, text));
        }
        return out;
    }

    /** Two actions next in the plan's order swapped. */
    static List<Mutant> ofCatalogue(String file, String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<Step> steps = new ArrayList<>();
        boolean inActions = false;
        String id = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                inActions = line.startsWith("actions:");
                continue;
            }
            if (!inActions) {
                continue;
            }
            Matcher a = ACTION_ID.matcher(line);
            if (a.matches()) {
                id = a.group(1);
            }
            Matcher o = ORDER.matcher(line);
            if (o.matches() && id != null) {
                steps.add(new Step(id, Integer.parseInt(o.group(1)), i));
            }
        }
        steps.sort(Comparator.comparingInt(Step::order));
        List<Mutant> out = new ArrayList<>();
        for (int k = 0; k + 1 < steps.size(); k++) {
            Step first = steps.get(k);
            Step second = steps.get(k + 1);
            List<String> changed = new ArrayList<>(lines);
            changed.set(first.line, "    order: " + second.order);
            changed.set(second.line, "    order: " + first.order);
            out.add(new Mutant(file, first.line + 1, "catalogue", null, MutationKind.ORDER,
                    "`" + second.id + "` before `" + first.id + "`", String.join("\n", changed)));
        }
        return out;
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    private static int lineEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> n + "th";
        };
    }

    private record Draft(MutationKind kind, int start, int end, String replacement, String change, int at) {
    }

    private record Piece(String type, int start, int end, int removeStart, int removeEnd, String text) {
        boolean isBindingOnly() {
            return text.matches("\\$\\w+\\s*:\\s*[\\w.()]+");
        }
    }

    private record Step(String id, int order, int line) {
    }
}
