package org.mailblock.authoring;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailblock.engine.RuleProblem;

/**
 * {@code check --format sarif}: the findings as a SARIF 2.1.0 log, which code scanning services show inline on the
 * rule files. Each check (the compiler, each lint) is a reporting rule of the tool; each finding is a result.
 */
public final class SarifReport {

    /** Every check {@code mailblock check} runs, with what it looks at; the order of the tool's rules. */
    private static final Map<String, String> CHECKS = checks();

    private SarifReport() {
    }

    private static Map<String, String> checks() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put(CheckReport.COMPILER, "The rule files, the catalogue and the message bundles compile and load.");
        checks.put("metadata", "Every rule has a // comment above it, a unique kebab-case @id, @codes naming NDR codes, "
                + "no metadata key named like a fact type, no str[...] operator, and no eval(...).");
        checks.put("catalogue", "Every symptom, cause, action and question a rule concludes is in catalogue.yaml, and every "
                + "catalogue entry is concluded by some rule.");
        checks.put("bundles", "Every catalogue entry has its texts in every language, and every language has the keys and "
                + "placeholders of the English bundle.");
        checks.put("evidence", "Every evidence key a rule uses has a text in every language naming exactly the arguments the rule "
                + "passes, and every evidence text is used by some rule.");
        checks.put("question-values", "Every question a rule asks is given exactly the {placeholders} of its texts.");
        checks.put("answers", "The answers the catalogue declares for a question load as facts would, and change something in some "
                + "sample that asks it.");
        checks.put("conclusions", "Every conclusion is inserted with insertLogical, so that a later fact can withdraw it.");
        checks.put("mutation-equivalents", "Every declared equivalent mutant is well-formed, has a reason, and names a change the mutator still "
                + "makes.");
        return checks;
    }

    /** The SARIF log of one check run. */
    public static String of(CheckReport report, String version) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "mailblock");
        driver.put("version", version);
        driver.put("informationUri", "https://github.com/mailblock/mailblock");
        List<Object> rules = new ArrayList<>();
        CHECKS.forEach((id, text) -> rules.add(Map.of("id", id, "shortDescription", Map.of("text", text))));
        driver.put("rules", rules);

        List<Object> results = new ArrayList<>();
        List<String> ids = List.copyOf(CHECKS.keySet());
        for (RuleProblem finding : report.findings()) {
            String check = report.checkOf(finding);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", check);
            result.put("ruleIndex", ids.indexOf(check));
            result.put("level", "error".equals(finding.level()) ? "error" : "warning");
            result.put("message", Map.of("text", finding.message()));
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Map.of("uri", uri(finding.file())));
            if (finding.line() > 0) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", finding.line());
                if (finding.column() > 0) {
                    region.put("startColumn", finding.column());
                }
                physical.put("region", region);
            }
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
            results.add(result);
        }

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return AuthoringJson.write(log);
    }

    /** The file as a relative URI reference (spaces and other characters a URI cannot hold percent-encoded). */
    static String uri(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + file, e);
        }
    }
}
