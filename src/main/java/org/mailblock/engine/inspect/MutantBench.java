package org.mailblock.engine.inspect;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.conf.ShareBetaNodesOption;
import org.kie.internal.io.ResourceFactory;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.rulebase.Catalogue;
import org.mailblock.engine.rulebase.CatalogueReader;
import org.mailblock.engine.rulebase.RuleBase;
import org.mailblock.engine.rulebase.RuleSource;

/**
 * A private copy of a rule base in which one rule at a time, or the catalogue, can be replaced by a
 * changed version: recompiling one rule and swapping it into the running rule network costs a
 * fraction of compiling the whole rule base, which is what makes mutation testing affordable.
 * One bench serves one thread.
 */
public final class MutantBench {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+[^;\\n]+;?\\s*$");
    private static final Pattern FUNCTION = Pattern.compile("(?ms)^function\\b.*?^}");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final RuleSource source;
    private final RuleBase original;
    private final InternalKnowledgeBase kieBase;
    private final Map<String, String> packageOfRule = new LinkedHashMap<>();
    private final Map<String, String> headerOfPackage = new LinkedHashMap<>();
    private String swapped;
    private Collection<KiePackage> restoring;

    /** A bench over {@code compiled}'s rules, whose catalogue, rule list and wording it shares. */
    MutantBench(RuleSource source, RuleBase compiled) {
        this.source = source;
        this.kieBase = unshared(source);
        this.original = new RuleBase(kieBase, compiled.catalogue(), compiled.rules(), compiled.hash(), compiled.wording());
        readHeaders();
    }

    /**
     * The rules compiled into a network of their own in which no two rules share a join node. Drools
     * 10.2 splits and merges shared segments when a rule is removed and added back, and can leave the
     * other rules of a shared segment silent: reloading one domains.drl rule unchanged stopped its
     * neighbour from firing. Unshared joins diagnose the same, only with more nodes. (Alpha nodes stay
     * shared: without that sharing Drools 10.2 loses Symptom facts from some tests.)
     */
    private static InternalKnowledgeBase unshared(RuleSource source) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                builder.add(ResourceFactory.newByteArrayResource(file.getValue()).setSourcePath(file.getKey()), ResourceType.DRL);
            }
        }
        if (builder.hasErrors()) {
            throw new IllegalStateException("the rules compile for diagnosis but not for mutation testing: " + builder.getErrors());
        }
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setOption(ShareBetaNodesOption.NO);
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        base.addPackages(builder.getKnowledgePackages());
        return base;
    }

    /** An engine over the unchanged rules. */
    public DiagnosisEngine original() {
        return DiagnosisEngine.of(original);
    }

    /**
     * An engine in which the rule of this name is replaced by {@code ruleText}, or empty when the
     * changed rule does not compile; the previous replacement, if any, is undone first.
     */
    public Optional<DiagnosisEngine> withRule(String ruleName, String ruleText) {
        String pkg = packageOfRule.get(ruleName);
        if (pkg == null) {
            throw new IllegalArgumentException("no rule is named \"" + ruleName + "\"");
        }
        if (!ruleName.equals(swapped)) {
            restore();
            restoring = compile(pkg, originalText(ruleName)).orElseThrow(() -> new IllegalStateException(
                    "rule \"" + ruleName + "\" does not compile apart from its file; it cannot be changed on its own"));
            swapped = ruleName;
        }
        Optional<Collection<KiePackage>> changed = compile(pkg, ruleText);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        kieBase.removeRule(pkg, ruleName);
        kieBase.addPackages(changed.get());
        return Optional.of(DiagnosisEngine.of(original));
    }

    /**
     * An engine in which the rule of this name is swapped out and back in unchanged: the same rules,
     * but the rule now comes last among rules of equal salience, as every changed version of it will.
     */
    public DiagnosisEngine withRuleReloaded(String ruleName) {
        return withRule(ruleName, originalText(ruleName)).orElseThrow(() -> new IllegalStateException(
                "rule \"" + ruleName + "\" does not compile apart from its file; it cannot be changed on its own"));
    }

    /** An engine over the unchanged rules with this catalogue, or empty when it is not a valid catalogue. */
    public Optional<DiagnosisEngine> withCatalogue(String catalogueText) {
        restore();
        try {
            Catalogue catalogue = new CatalogueReader().read(source.display(RuleSource.CATALOGUE), catalogueText);
            return Optional.of(DiagnosisEngine.of(new RuleBase(original.kieBase(), catalogue, original.rules(),
                    original.hash(), original.wording())));
        } catch (RuleBaseException e) {
            return Optional.empty();
        }
    }

    /** Puts the replaced rule back as it was written. */
    public void restore() {
        if (swapped != null) {
            kieBase.removeRule(packageOfRule.get(swapped), swapped);
            kieBase.addPackages(restoring);
            swapped = null;
            restoring = null;
        }
    }

    private Optional<Collection<KiePackage>> compile(String pkg, String ruleText) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        String drl = headerOfPackage.get(pkg) + ruleText + "\n";
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        return builder.hasErrors() ? Optional.empty() : Optional.of(builder.getKnowledgePackages());
    }

    private String originalText(String ruleName) {
        for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                String text = new String(file.getValue(), StandardCharsets.UTF_8);
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = RULE_NAME.matcher(lines[i]);
                    if (m.find() && m.group(1).replace("\\\"", "\"").equals(ruleName)) {
                        StringBuilder rule = new StringBuilder();
                        for (int j = i; j < lines.length; j++) {
                            rule.append(lines[j]).append('\n');
                            if (lines[j].strip().equals("end")) {
                                break;
                            }
                        }
                        return rule.toString();
                    }
                }
            }
        }
        throw new IllegalArgumentException("no rule is named \"" + ruleName + "\"");
    }

    /** Each package's header for a rule compiled alone: the imports of every file and the package's functions. */
    private void readHeaders() {
        Set<String> imports = new LinkedHashSet<>();
        Map<String, StringBuilder> functions = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            Matcher p = PACKAGE.matcher(text);
            String pkg = p.find() ? p.group(1) : "defaultpkg";
            Matcher i = IMPORT.matcher(text);
            while (i.find()) {
                imports.add(i.group().strip().replaceAll(";+$", "") + ";");
            }
            Matcher f = FUNCTION.matcher(text);
            StringBuilder fs = functions.computeIfAbsent(pkg, k -> new StringBuilder());
            while (f.find()) {
                fs.append(f.group()).append('\n');
            }
            for (String line : text.split("\n")) {
                Matcher r = RULE_NAME.matcher(line);
                if (r.find()) {
                    packageOfRule.putIfAbsent(r.group(1).replace("\\\"", "\""), pkg);
                }
            }
        }
        functions.forEach((pkg, fs) -> headerOfPackage.put(pkg,
                "package " + pkg + ";\n" + String.join("\n", imports) + "\n" + fs));
    }

}
