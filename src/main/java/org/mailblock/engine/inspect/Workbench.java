package org.mailblock.engine.inspect;

import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.InvalidFactsException;
import org.mailblock.engine.KnowledgeException;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;
import org.mailblock.engine.rulebase.Catalogue;
import org.mailblock.engine.rulebase.CatalogueIndex;
import org.mailblock.engine.rulebase.CatalogueReader;
import org.mailblock.engine.rulebase.RuleBase;
import org.mailblock.engine.rulebase.RuleBaseCompiler;
import org.mailblock.engine.rulebase.RuleCache;
import org.mailblock.engine.rulebase.RuleSource;
import org.mailblock.engine.session.FactPaths;
import org.mailblock.engine.session.FiringBound;
import org.mailblock.engine.session.SessionRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mailblock.facts.FactProblem;
import org.mailblock.facts.FactsValidator;
import org.mailblock.facts.TenantFacts;

/**
 * A rule base opened for its authors: compiled with every error and warning kept, read rule by
 * rule from its DRL, and able to say how a diagnosis came about and why a rule did not fire.
 * Slower than {@link DiagnosisEngine}, which services use; it prints nothing.
 *
 * <pre>{@code
 * Workbench wb = Workbench.open(Path.of("rules"));
 * wb.problems();                         // compile errors and warnings, file:line:column
 * wb.explain(facts);                     // every firing, the facts it matched, what it built on
 * wb.whyNot(facts, "cause-server-open-relay");
 * }</pre>
 */
public final class Workbench {

    private final RuleSource source;
    private final Path folder;
    private final RuleBase ruleBase;
    private final List<RuleProblem> problems;
    private final List<ParsedRule> parsed;
    private final List<String> unread;
    private final Catalogue catalogue;
    private final List<CatalogueIndex.Entry> catalogueEntries;

    private Workbench(RuleSource source, Path folder) {
        this.source = source;
        this.folder = folder;
        List<RuleProblem> found = new ArrayList<>();
        List<RuleProblem> warnings = new ArrayList<>();
        RuleBase compiled = null;
        try {
            compiled = new RuleBaseCompiler(RuleCache.none()).compile(source, warnings);
        } catch (RuleBaseException e) {
            found.addAll(e.problems());
        }
        found.addAll(warnings);
        RuleOutlineReader.Result read = new RuleOutlineReader().read(source);
        found.addAll(read.problems());
        this.ruleBase = compiled;
        this.problems = List.copyOf(found);
        this.parsed = read.rules();
        this.unread = List.copyOf(read.unread());
        byte[] catalogueBytes = source.files().get(RuleSource.CATALOGUE);
        Catalogue cat = null;
        List<CatalogueIndex.Entry> entries = List.of();
        if (catalogueBytes != null) {
            String text = new String(catalogueBytes, StandardCharsets.UTF_8);
            entries = CatalogueIndex.read(source.display(RuleSource.CATALOGUE), text);
            try {
                cat = new CatalogueReader().read(source.display(RuleSource.CATALOGUE), text);
            } catch (RuleBaseException e) {
                cat = null;
            }
        }
        this.catalogue = cat;
        this.catalogueEntries = List.copyOf(entries);
    }

    /**
     * Opens the rule folder an author edits.
     *
     * @throws RuleBaseException only when the folder cannot be read; compile problems are kept in {@link #problems()}
     */
    public static Workbench open(Path rulesDirectory) throws RuleBaseException {
        return new Workbench(RuleSource.directory(rulesDirectory), rulesDirectory);
    }

    /** Opens the rule base packaged with mailblock. */
    public static Workbench packaged() {
        return new Workbench(RuleSource.packaged(), null);
    }

    /** The rule folder this workbench was opened on; empty for the packaged rule base. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Every compile error and warning, and files the DRL parser could not read. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** Whether the rule base compiled, so that it can diagnose. */
    public boolean compiles() {
        return ruleBase != null;
    }

    /** Every rule as its DRL states it, in file and line order. */
    public List<RuleOutline> outlines() {
        return parsed.stream().map(ParsedRule::outline).toList();
    }

    /** The DRL files whose rules could not be read because they do not parse; their errors are in {@link #problems()}. */
    public List<String> unreadFiles() {
        return unread;
    }

    /** The catalogue, when it is well-formed. */
    public Optional<Catalogue> catalogue() {
        return Optional.ofNullable(catalogue);
    }

    /** Where each catalogue entry is written. */
    public List<CatalogueIndex.Entry> catalogueEntries() {
        return catalogueEntries;
    }

    /** The text of every DRL file by the name messages give it ({@code rules/plan.drl}), for lints that read the source. */
    public SortedMap<String, String> drlSources() {
        SortedMap<String, String> out = new TreeMap<>();
        source.files().forEach((file, bytes) -> {
            if (file.endsWith(".drl")) {
                out.put(source.display(file), new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return out;
    }

    /** The text of a file of the rule base, such as {@code catalogue.yaml}, if it has one. */
    public Optional<String> text(String relative) {
        byte[] bytes = source.files().get(relative);
        return bytes == null ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    /** How files of this rule base are named in messages, for example {@code rules/plan.drl}. */
    public String display(String relative) {
        return source.display(relative);
    }

    /**
     * An engine over these rules, compiled once with them.
     *
     * @throws RuleBaseException when the rules do not compile
     */
    public DiagnosisEngine engine() throws RuleBaseException {
        return DiagnosisEngine.of(compiled());
    }

    /**
     * A private copy of these rules in which one rule at a time can be replaced, for mutation testing.
     *
     * @throws RuleBaseException when the rules do not compile
     */
    public MutantBench mutantBench() throws RuleBaseException {
        return new MutantBench(source, compiled());
    }

    /**
     * Every rule firing of one diagnosis, with the facts each matched and the conclusions it built on.
     *
     * @throws RuleBaseException     when the rules do not compile
     * @throws InvalidFactsException when the facts break the format
     * @throws KnowledgeException    when the rules do not settle, naming the rules that keep firing
     */
    public Explanation explain(TenantFacts facts) throws RuleBaseException {
        RuleBase base = compiled();
        validate(facts);
        FactPaths paths = new FactPaths(facts, base.wording());
        Map<String, RuleOutline> byId = new LinkedHashMap<>();
        outlines().forEach(o -> byId.putIfAbsent(o.id(), o));
        return Provenance.of(new SessionRunner(base, FiringBound.DEFAULT).run(facts, true).firings(), paths, byId);
    }

    /**
     * Why a rule did or did not fire on these facts.
     *
     * @throws RuleBaseException     when the rules do not compile
     * @throws IllegalArgumentException when no rule has this id
     */
    public WhyNot whyNot(TenantFacts facts, String ruleId) throws RuleBaseException {
        return whyNot(List.of(facts), List.of(ruleId)).get(ruleId);
    }

    /**
     * For each rule, the verdict on the fact set that came closest to making it fire: the one where
     * it fired, or else where most of its conditions were satisfied (the first such set on a tie).
     *
     * @throws RuleBaseException     when the rules do not compile (probes that do not compile give verdicts that say so)
     * @throws IllegalArgumentException when no rule has one of these ids
     */
    public Map<String, WhyNot> whyNot(List<TenantFacts> factSets, Collection<String> ruleIds) throws RuleBaseException {
        compiled();
        List<ParsedRule> examined = new ArrayList<>();
        for (String id : ruleIds) {
            examined.add(parsed.stream().filter(p -> p.outline().id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no rule has @id(\"" + id + "\")")));
        }
        Map<String, WhyNot> best = new LinkedHashMap<>();
        if (examined.isEmpty()) {
            return best;
        }
        ProbeBase probes = ProbeBase.build(source, examined);
        for (int i = 0; i < factSets.size(); i++) {
            validate(factSets.get(i));
            for (Map.Entry<String, WhyNot> verdict : probes.run(factSets.get(i), i).entrySet()) {
                best.merge(verdict.getKey(), verdict.getValue(), Workbench::closer);
            }
        }
        return best;
    }

    private static WhyNot closer(WhyNot a, WhyNot b) {
        if (a.fired() || !b.fired() && (a.matched() > b.matched()
                || a.matched() == b.matched() && a.constraintsMet() >= b.constraintsMet())) {
            return a;
        }
        return b;
    }

    private RuleBase compiled() throws RuleBaseException {
        if (ruleBase == null) {
            throw new RuleBaseException(problems.stream().filter(p -> p.level().equals("error")).toList());
        }
        return ruleBase;
    }

    private static void validate(TenantFacts facts) {
        Objects.requireNonNull(facts, "facts");
        List<FactProblem> invalid = FactsValidator.validate(facts);
        if (!invalid.isEmpty()) {
            throw new InvalidFactsException(invalid);
        }
    }
}
