package org.mailblock.authoring;

import org.mailblock.engine.inspect.RuleOutline;
import org.mailblock.engine.inspect.Workbench;
import org.mailblock.engine.rulebase.CatalogueIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mailblock.engine.RuleProblem;

/**
 * Checks a rule base beyond the compiler: the metadata convention of every rule, identifiers
 * that are unique, metadata keys that would hide a fact type, and the agreement between the
 * identifiers rules conclude and the entries of {@code catalogue.yaml}, both ways, and the
 * message bundles against the catalogue and each other, and the evidence rules state against the
 * texts of the bundles.
 */
public final class KnowledgeCheck {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** What {@code @codes} says for a rule about every code. */
    private static final String ANY = "any";
    private static final Pattern STR_OPERATOR = Pattern.compile("\\bstr\\s*\\[");
    /** An enhanced status code, or a range Microsoft documents as one, such as 4.7.500-4.7.699. */
    private static final Pattern CODE = Pattern.compile("\\d\\.\\d{1,3}\\.\\d{1,3}(-\\d\\.\\d{1,3}\\.\\d{1,3})?");
    private static final Map<String, String> CATALOGUE_KIND = Map.of("symptom", "symptom", "cause", "cause",
            "action", "action", "question", "question", "answered cause", "cause");

    private KnowledgeCheck() {
    }

    /** Checks the rule base the workbench has open. */
    public static CheckReport run(Workbench workbench) {
        Map<RuleProblem, String> checks = new HashMap<>();
        List<RuleProblem> lints = lint(workbench, checks);
        List<RuleProblem> findings = new ArrayList<>(lints);
        for (RuleProblem p : workbench.problems()) {
            // the compiler's own complaint about a rule's @id is what the lint already says, with more context
            boolean echo = p.message().contains("@id") && lints.stream().anyMatch(l -> l.file().equals(p.file()) && l.line() == p.line()
                    && l.message().contains("@id"));
            if (!echo) {
                findings.add(p);
            }
        }
        findings.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column).thenComparing(RuleProblem::message));
        return new CheckReport(workbench.display("").replaceAll("/$", ""), workbench.outlines().size(), findings.stream().distinct().toList(),
                checks);
    }

    /** Every lint's findings, each recorded in {@code checks} with the id of the check that found it. */
    private static List<RuleProblem> lint(Workbench workbench, Map<RuleProblem, String> checks) {
        List<RuleProblem> out = new ArrayList<>();
        Map<String, RuleOutline> byId = new HashMap<>();
        List<RuleProblem> metadata = new ArrayList<>();
        for (RuleOutline rule : workbench.outlines()) {
            metadata(rule, byId, metadata);
        }
        found("metadata", metadata, out, checks);
        List<RuleProblem> catalogue = new ArrayList<>();
        catalogue(workbench, catalogue);
        found("catalogue", catalogue, out, checks);
        found("bundles", BundleCheck.run(workbench), out, checks);
        found("evidence", EvidenceCheck.run(workbench), out, checks);
        found("question-values", QuestionValueCheck.run(workbench), out, checks);
        found("answers", AnswerCheck.run(workbench), out, checks);
        found("conclusions", ConclusionCheck.run(workbench), out, checks);
        found("mutation-equivalents", EquivalentsCheck.run(workbench), out, checks);
        return out;
    }

    private static void found(String check, List<RuleProblem> problems, List<RuleProblem> out, Map<RuleProblem, String> checks) {
        problems.forEach(p -> checks.putIfAbsent(p, check));
        out.addAll(problems);
    }

    private static void metadata(RuleOutline rule, Map<String, RuleOutline> byId, List<RuleProblem> out) {
        String quoted = "rule \"" + rule.name() + "\"";
        if (rule.id().isEmpty()) {
            out.add(error(rule, quoted + " has no @id(\"...\"); give it a stable kebab-case id, which reports, samples and tests use"));
        } else if (!ID.matcher(rule.id()).matches()) {
            out.add(error(rule, quoted + ": @id(\"" + rule.id() + "\") must be kebab-case, like \"cause-admin-without-mfa\""));
        } else {
            RuleOutline first = byId.putIfAbsent(rule.id(), rule);
            if (first != null) {
                out.add(error(rule, quoted + ": @id(\"" + rule.id() + "\") is already used by rule \"" + first.name() + "\" ("
                        + first.location() + ")"));
            }
        }
        if (!rule.metadata().containsKey("codes")) {
            out.add(error(rule, quoted + " has no @codes(\"...\"); name the NDR codes it concerns, for example @codes(\"5.7.705 5.7.750\"),"
                    + " or write @codes(\"any\") for a rule about every code"));
        } else {
            for (String code : rule.codes()) {
                if (!CODE.matcher(code).matches() && !(code.equals(ANY) && rule.codes().size() == 1)) {
                    out.add(error(rule, quoted + ": @codes names '" + code + "', which is not an enhanced status code such as 5.7.705 or a range such as 4.7.500-4.7.699"));
                }
            }
            if (rule.codes().isEmpty()) {
                out.add(error(rule, quoted + ": @codes is empty; name the NDR codes it concerns"));
            }
        }
        if (rule.description() == null || rule.description().isBlank()) {
            out.add(error(rule, quoted + " has no one-line '// ...' comment directly above it saying, in business terms, what it concludes"));
        }
        for (RuleOutline.Condition c : rule.conditions()) {
            if (STR_OPERATOR.matcher(c.text()).find()) {
                out.add(new RuleProblem(rule.file(), c.line(), c.column(), "error", quoted + ": the str[...] operators crash after"
                        + " about 20 evaluations in Drools 10.2.0 (the constraint compiler's bug 6711); write code.startsWith(\"5.\")"
                        + " or code.endsWith(...) instead"));
            }
            if (c.kind().equals("eval")) {
                out.add(new RuleProblem(rule.file(), c.line(), c.column(), "warning", quoted + ": eval(...) cannot use an index,"
                        + " so on large tenants it is tried for every combination of the facts before it; prefer a constraint"
                        + " inside a pattern, or an equality join"));
            }
        }
        for (String key : rule.shadowedTypes()) {
            String type = Character.toUpperCase(key.charAt(0)) + key.substring(1);
            out.add(error(rule, quoted + ": the metadata key @" + key + " has the name of the fact type " + type
                    + "; Drools 10.2.0 then cannot resolve " + type + " in any rule of the package (\"Unable to resolve ObjectType '"
                    + type + "'\"). Rename the key" + ("ndr".equals(key) ? " (the convention is @codes)" : "")));
        }
    }

    private static void catalogue(Workbench workbench, List<RuleProblem> out) {
        if (workbench.catalogue().isEmpty()) {
            return; // the catalogue's own errors are already reported with their lines
        }
        Map<String, Set<String>> defined = new LinkedHashMap<>();
        for (CatalogueIndex.Entry e : workbench.catalogueEntries()) {
            defined.computeIfAbsent(e.kind(), k -> new HashSet<>()).add(e.id());
        }
        Map<String, Set<String>> concluded = new HashMap<>();
        for (RuleOutline rule : workbench.outlines()) {
            for (RuleOutline.Concluded c : rule.concludes()) {
                String kind = CATALOGUE_KIND.get(c.kind());
                RuleProblem at = new RuleProblem(rule.file(), c.line(), c.column(), "error", "");
                if (c.id().startsWith("<")) {
                    out.add(new RuleProblem(at.file(), at.line(), at.column(), "warning", "rule \"" + rule.name() + "\" names a " + kind
                            + " by the expression " + c.id().substring(1, c.id().length() - 1)
                            + ", which cannot be checked against the catalogue; write the id as a string"));
                    continue;
                }
                if (!c.kind().equals("answered cause")) {
                    concluded.computeIfAbsent(kind, k -> new HashSet<>()).add(c.id());
                }
                if (!defined.getOrDefault(kind, Set.of()).contains(c.id())) {
                    out.add(new RuleProblem(at.file(), at.line(), at.column(), "error", "rule \"" + rule.name() + "\" names " + kind + " '"
                            + c.id() + "', which " + workbench.display("catalogue.yaml") + " does not define"
                            + closest(c.id(), defined.getOrDefault(kind, Set.of()))));
                }
            }
        }
        if (!workbench.unreadFiles().isEmpty()) {
            return; // the rules of a file that does not parse may conclude any entry
        }
        for (CatalogueIndex.Entry e : workbench.catalogueEntries()) {
            if (!concluded.getOrDefault(e.kind(), Set.of()).contains(e.id())) {
                out.add(new RuleProblem(e.file(), e.line(), e.column(), "warning", e.kind() + " '" + e.id()
                        + "' is not concluded by any rule, so no diagnosis can show it; conclude it in a rule or remove it"));
            }
        }
    }

    private static String closest(String id, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(id, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, id.length() / 4) ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static RuleProblem error(RuleOutline rule, String message) {
        return new RuleProblem(rule.file(), rule.line(), rule.column(), "error", message);
    }
}
