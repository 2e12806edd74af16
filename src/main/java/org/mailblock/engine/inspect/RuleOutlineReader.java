package org.mailblock.engine.inspect;

import org.mailblock.engine.RuleProblem;
import org.mailblock.engine.rulebase.RuleSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/** Reads the rules of a {@link RuleSource} with the Drools DRL parser, without compiling them. */
final class RuleOutlineReader {

    /** The calls of {@code engine.kb.Conclude} that name a catalogue entry, and the kind of entry each names. */
    private static final Pattern CONCLUDE = Pattern.compile(
            "\\b(?:(symptom|cause|action|ask)\\s*\\(\\s*kcontext\\s*,|\\.(answers)\\s*\\()\\s*(\"([^\"]*)\"|[^,)]+)");
    /** {@code answers("id")} refers to a cause without concluding it. */
    private static final Map<String, String> KINDS = Map.of("symptom", "symptom", "cause", "cause", "action", "action",
            "ask", "question", "answers", "answered cause");

    /** Parsed rules, problems the compiler does not report, and the files the parser could not read. */
    record Result(List<ParsedRule> rules, List<RuleProblem> problems, List<String> unread) {
    }

    Result read(RuleSource source) {
        List<ParsedRule> rules = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            String display = source.display(file.getKey());
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr pkg;
            try {
                pkg = parser.parse(null, text);
            } catch (DroolsParserException e) {
                problems.add(new RuleProblem(display, 0, 0, "error", e.getMessage()));
                unread.add(display);
                continue;
            }
            if (pkg == null || parser.hasErrors()) {
                // the compiler reports these with their lines; the outline skips the file
                unread.add(display);
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (RuleDescr rule : pkg.getRules()) {
                rules.add(new ParsedRule(outline(rule, pkg, display, text, lines), rule, pkg, text));
            }
        }
        return new Result(rules, problems, unread);
    }

    private static RuleOutline outline(RuleDescr rule, PackageDescr pkg, String file, String text, String[] lines) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (AnnotationDescr a : rule.getAnnotations()) {
            Object value = a.getSingleValue();
            metadata.put(a.getName(), value == null ? "" : unquote(String.valueOf(value)));
        }
        AttributeDescr salience = rule.getAttributes().get("salience");
        Integer salienceValue = null;
        if (salience != null) {
            try {
                salienceValue = Integer.valueOf(salience.getValue().trim());
            } catch (NumberFormatException e) {
                salienceValue = null;
            }
        }
        int line = rule.getLine();
        String description = null;
        if (line >= 2) {
            String above = lines[line - 2].strip();
            if (above.startsWith("//")) {
                description = above.substring(2).strip();
            }
        }
        List<RuleOutline.Condition> conditions = new ArrayList<>();
        AndDescr lhs = rule.getLhs();
        if (lhs != null) {
            List<String> texts = ConditionTexts.of(rule, text);
            int n = 0;
            for (BaseDescr d : lhs.getDescrs()) {
                conditions.add(new RuleOutline.Condition(n + 1, kind(d), texts.get(n).replaceAll("\\s+", " "), d.getLine(),
                        Math.max(1, d.getColumn() + 1)));
                n++;
            }
        }
        List<RuleOutline.Concluded> concluded = new ArrayList<>();
        String consequence = rule.getConsequence() == null ? "" : String.valueOf(rule.getConsequence());
        Matcher m = CONCLUDE.matcher(consequence);
        while (m.find()) {
            String call = m.group(1) != null ? m.group(1) : m.group(2);
            if ("answers".equals(call) && !m.group(3).startsWith("\"")) {
                continue;
            }
            int offset = m.start(3);
            int base = consequence.isEmpty() ? -1 : text.indexOf(consequence, Math.max(0, rule.getStartCharacter()));
            int atLine;
            int column;
            if (base >= 0) {
                int absolute = base + offset;
                atLine = count(text, absolute) + 1;
                column = absolute - text.lastIndexOf('\n', absolute - 1);
            } else {
                atLine = rule.getConsequenceLine() + count(consequence, offset);
                column = offset - consequence.lastIndexOf('\n', offset - 1);
            }
            String id = m.group(4) != null ? m.group(4) : "<" + m.group(3).strip() + ">";
            concluded.add(new RuleOutline.Concluded(KINDS.get(call), id, atLine, column));
        }
        String id = metadata.getOrDefault("id", "");
        return new RuleOutline(id, rule.getName(), file, line, Math.max(1, rule.getColumn() + 1), salienceValue, metadata,
                description, conditions, concluded,
                shadowed(metadata.keySet(), pkg));
    }

    /** Metadata keys that, capitalized, name a class the file imports: Drools resolves them as that type. */
    private static List<String> shadowed(Iterable<String> keys, PackageDescr pkg) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            if (key.isEmpty()) {
                continue;
            }
            String type = Character.toUpperCase(key.charAt(0)) + key.substring(1);
            for (ImportDescr imp : pkg.getImports()) {
                String target = imp.getTarget();
                String candidate = target.endsWith(".*") ? target.substring(0, target.length() - 1) + type
                        : target.endsWith("." + type) ? target : null;
                if (candidate != null && classExists(candidate)) {
                    out.add(key);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, RuleOutlineReader.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static String kind(BaseDescr d) {
        if (d instanceof NotDescr) {
            return "not";
        }
        if (d instanceof ExistsDescr) {
            return "exists";
        }
        if (d instanceof EvalDescr) {
            return "eval";
        }
        if (d instanceof OrDescr) {
            return "or";
        }
        if (d instanceof AndDescr) {
            return "and";
        }
        if (d instanceof ForallDescr) {
            return "forall";
        }
        if (d instanceof PatternDescr p) {
            if (p.getSource() instanceof AccumulateDescr) {
                return "accumulate";
            }
            if (p.getSource() instanceof CollectDescr) {
                return "collect";
            }
            if (p.getSource() instanceof FromDescr) {
                return "from";
            }
            return "pattern";
        }
        return d.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The source text of a descriptor, on one line. */
    static String textOf(BaseDescr d, String source) {
        int start = d.getStartCharacter();
        int end = d.getEndCharacter();
        if (start < 0 || end < start || start >= source.length()) {
            return String.valueOf(d);
        }
        return source.substring(start, Math.min(source.length(), end + 1)).strip().replaceAll("\\s+", " ");
    }

    /** The raw source text of a descriptor, kept as written. */
    static String rawTextOf(BaseDescr d, String source) {
        int start = d.getStartCharacter();
        int end = d.getEndCharacter();
        if (start < 0 || end < start || start >= source.length()) {
            return String.valueOf(d);
        }
        return source.substring(start, Math.min(source.length(), end + 1)).strip();
    }

    private static int count(String s, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
