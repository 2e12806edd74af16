package org.mailblock.engine;

import org.mailblock.engine.rulebase.Catalogue;
import org.mailblock.engine.rulebase.RuleBase;
import org.mailblock.engine.rulebase.RuleBaseCompiler;
import org.mailblock.engine.rulebase.RuleCache;
import org.mailblock.engine.rulebase.RuleSource;
import org.mailblock.engine.session.DiagnosisAssembler;
import org.mailblock.engine.session.FactPaths;
import org.mailblock.engine.session.Findings;
import org.mailblock.engine.session.FiringBound;
import org.mailblock.engine.session.SessionRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.EngineInfo;
import org.mailblock.facts.FactProblem;
import org.mailblock.facts.FactsValidator;
import org.mailblock.facts.TenantFacts;

/**
 * Diagnoses tenants: the entry point for services and the CLI alike.
 *
 * <p>Build one with {@link #builder()}; building loads the rule base once (the packaged rules come
 * compiled with mailblock; a rule folder is compiled on first use and cached). The engine is
 * immutable and thread-safe: every call to {@link #diagnose} runs in a session of its own, so
 * one engine serves any number of threads. It prints nothing and never reads the clock; the
 * same facts give an equal {@link Diagnosis} every time.
 *
 * <pre>{@code
 * DiagnosisEngine engine = DiagnosisEngine.builder().build();
 * Diagnosis d = engine.diagnose(FactFileLoader.standard().load(Path.of("tenant.yaml")).facts());
 * String json = JsonReport.render(d);
 * }</pre>
 */
public final class DiagnosisEngine {

    private final RuleBase ruleBase;
    private final SessionRunner runner;
    private final DiagnosisAssembler assembler;
    private final EngineInfo info;

    private DiagnosisEngine(RuleBase ruleBase, FiringBound bound) {
        this.ruleBase = ruleBase;
        this.info = new EngineInfo(Version.current(), ruleBase.hash());
        this.runner = new SessionRunner(ruleBase, bound);
        this.assembler = new DiagnosisAssembler(ruleBase.catalogue(), info);
    }

    /** An engine over a rule base compiled elsewhere, for the authoring tools that inspect the same rules. */
    public static DiagnosisEngine of(RuleBase ruleBase) {
        return new DiagnosisEngine(ruleBase, FiringBound.DEFAULT);
    }

    /** Starts building an engine; without further settings it runs the rules packaged with mailblock. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Diagnoses a tenant.
     *
     * @throws InvalidFactsException if the facts break the rules of the fact format
     * @throws KnowledgeException    if the rules misbehave: a rule loops or names an identifier the catalogue lacks
     */
    public Diagnosis diagnose(TenantFacts facts) {
        return diagnose(facts, DiagnoseOptions.DEFAULT);
    }

    /**
     * Diagnoses a tenant with the given options, for example with the trace of rule firings.
     *
     * @throws InvalidFactsException if the facts break the rules of the fact format
     * @throws KnowledgeException    if the rules misbehave: a rule loops or names an identifier the catalogue lacks
     */
    public Diagnosis diagnose(TenantFacts facts, DiagnoseOptions options) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(options, "options");
        List<FactProblem> problems = FactsValidator.validate(facts);
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(problems);
        }
        FactPaths paths = new FactPaths(facts, ruleBase.wording());
        Findings findings = runner.run(facts, options.explain());
        return assembler.assemble(facts, findings, paths);
    }

    /** The engine version and the hash of its rules, as every diagnosis reports them. */
    public EngineInfo info() {
        return info;
    }

    /** Every rule of the rule base with its metadata, in file and line order. */
    public List<RuleInfo> rules() {
        return ruleBase.rules();
    }

    /** The catalogue of symptoms, causes, actions and questions. */
    public Catalogue catalogue() {
        return ruleBase.catalogue();
    }

    /** Builds a {@link DiagnosisEngine}. */
    public static final class Builder {
        private Path rulesDirectory;
        private FiringBound bound = FiringBound.DEFAULT;
        private RuleCache cache;
        private java.util.function.Consumer<String> cacheWarnings = warning -> { };

        private Builder() {
        }

        /** Runs the rules in this folder ({@code .drl} files and {@code catalogue.yaml}) instead of the packaged ones. */
        public Builder rulesDirectory(Path folder) {
            this.rulesDirectory = folder;
            return this;
        }

        /**
         * Keeps a rule folder's compiled form in this folder between runs (see {@link #rulesDirectory}),
         * instead of the user's cache ({@code -Dmailblock.cache.dir}, {@code $MAILBLOCK_CACHE_DIR},
         * {@code $XDG_CACHE_HOME/mailblock} or {@code ~/.cache/mailblock}). The packaged rules need
         * no cache: the build compiled them.
         */
        public Builder ruleCache(Path folder) {
            this.cache = RuleCache.in(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /**
         * Where to say, in one line, that the rule cache is not used because it is not the user's own or
         * others can write it (the rules are compiled instead); by default nothing is said.
         */
        public Builder ruleCacheWarnings(java.util.function.Consumer<String> warnings) {
            this.cacheWarnings = Objects.requireNonNull(warnings, "warnings");
            return this;
        }

        /** Compiles a rule folder at every build, reading and writing no cache. */
        public Builder withoutRuleCache() {
            this.cache = RuleCache.none();
            return this;
        }

        /**
         * Bounds rule firings per diagnosis at {@code base + perFact * facts}; a rule base that fires
         * more is stopped and reported as looping. The defaults (100,000 + 20 per fact) leave
         * ample room for real rule bases.
         */
        public Builder firingLimit(long base, long perFact) {
            this.bound = new FiringBound(base, perFact);
            return this;
        }

        /**
         * Loads the rule base: the packaged one as the build compiled it, a folder from the cache or
         * by compiling its DRL.
         *
         * @throws RuleBaseException if a DRL file does not compile or the catalogue is malformed; nothing can run then
         */
        public DiagnosisEngine build() throws RuleBaseException {
            RuleSource source = rulesDirectory == null ? RuleSource.packaged() : RuleSource.directory(rulesDirectory);
            RuleCache ruleCache = (cache != null ? cache : RuleCache.standard()).warningTo(cacheWarnings);
            return new DiagnosisEngine(new RuleBaseCompiler(ruleCache).compile(source), bound);
        }
    }
}
