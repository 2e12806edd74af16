package org.mailblock.engine.rulebase;

import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleInfo;
import org.mailblock.engine.RuleProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/** Turns a {@link RuleSource} into a {@link RuleBase}, reporting every problem with its file and line. */
public final class RuleBaseCompiler {

    private static final String RESOURCES = ExecutableModelBuild.RESOURCES;
    private static final Pattern RULE_DECLARATION = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern BRACKET_POSITION = Pattern.compile("\\[\\s*Line:\\s*(\\d+),\\s*Column:\\s*(\\d+)\\s*]");
    private static final Pattern PARSER_POSITION = Pattern.compile("\\bline (\\d+):(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNRESOLVED_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Each build gets its own release, so that builds in one JVM never overwrite each other. */
    private static final AtomicLong BUILDS = new AtomicLong();

    private final RuleCache cache;

    public RuleBaseCompiler(RuleCache cache) {
        this.cache = cache;
    }

    public RuleBase compile(RuleSource source) throws RuleBaseException {
        return compile(source, null);
    }

    /**
     * Compiles; given a list for warnings, through the classic compiler, which names each warning
     * with file and line (the authoring check wants them; diagnosing does not).
     */
    public RuleBase compile(RuleSource source, List<RuleProblem> warnings) throws RuleBaseException {
        List<RuleProblem> problems = new ArrayList<>();
        Catalogue catalogue = null;
        byte[] catalogueBytes = source.files().get(RuleSource.CATALOGUE);
        if (catalogueBytes == null) {
            problems.add(new RuleProblem(source.display(RuleSource.CATALOGUE), 0, 0, "error",
                    "missing; the catalogue holds the titles, texts, order and commands the rules refer to"));
        } else {
            try {
                catalogue = new CatalogueReader().read(source.display(RuleSource.CATALOGUE),
                        new String(catalogueBytes, StandardCharsets.UTF_8));
            } catch (RuleBaseException e) {
                problems.addAll(e.problems());
            }
        }
        List<String> drlFiles = source.files().keySet().stream().filter(f -> f.endsWith(".drl")).toList();
        if (drlFiles.isEmpty()) {
            problems.add(new RuleProblem(source.display(""), 0, 0, "error", "no .drl files found"));
            throw new RuleBaseException(problems);
        }
        Map<String, RuleInfo> declared = declarations(source, drlFiles);

        KieBase kieBase = warnings == null
                ? kieBase(source, problems)
                : classic(source, RuleBasePrecompiler.drlOnly(source.files()), problems, warnings);
        if (!problems.isEmpty()) {
            throw new RuleBaseException(withoutEchoes(problems));
        }
        List<RuleInfo> rules = describeRules(kieBase, declared, problems);
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return new RuleBase(kieBase, catalogue, rules, hash(source), EvidenceWording.of(source));
    }

    /**
     * The compiled rules: pre-built at build time for the packaged rules, else from the cache, else
     * compiled to the executable model (and cached). When that fails, classic DRL compilation runs
     * to report the problems: it names every broken file with line and column in one pass.
     */
    private KieBase kieBase(RuleSource source, List<RuleProblem> problems) {
        SortedMap<String, byte[]> drl = RuleBasePrecompiler.drlOnly(source.files());
        if (source.isPackaged()) {
            Optional<KieBase> prebuilt = PackagedModel.load(drl);
            if (prebuilt.isPresent()) {
                return prebuilt.get();
            }
        }
        ClassLoader loader = RuleBaseCompiler.class.getClassLoader();
        String key = RuleCache.key(drl);
        Optional<CompiledRules> cached = cache.load(key);
        if (cached.isPresent()) {
            try {
                return cached.get().kieBase(loader);
            } catch (RuntimeException | LinkageError e) {
                // an entry that no longer loads is compiled again below
            }
        }
        try {
            ExecutableModelBuild.Outcome outcome = ExecutableModelBuild.compile(drl, key, "folder");
            if (outcome.rules() != null) {
                KieBase kieBase = outcome.rules().kieBase(loader);
                cache.store(outcome.rules());
                return kieBase;
            }
        } catch (RuntimeException e) {
            // the classic compiler below says what is wrong
        }
        return classic(source, drl, problems, new ArrayList<>());
    }

    private static KieBase classic(RuleSource source, SortedMap<String, byte[]> drl, List<RuleProblem> problems,
            List<RuleProblem> warnings) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.mailblock", "rules", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((file, bytes) -> kfs.write(RESOURCES + file, bytes));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(toProblem(source, m));
        }
        for (Message m : builder.getResults().getMessages(Message.Level.WARNING)) {
            RuleProblem p = toProblem(source, m);
            warnings.add(new RuleProblem(p.file(), p.line(), p.column(), "warning", p.message()));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        // the KieBase stays usable; the repository copy would only pile up across rebuilds
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /** Drops the parser's "null Package" summary of a file whose real errors are listed with their lines. */
    private static List<RuleProblem> withoutEchoes(List<RuleProblem> problems) {
        List<RuleProblem> kept = new ArrayList<>();
        for (RuleProblem p : problems) {
            boolean echo = p.line() == 0 && p.message().contains("Parser returned a null Package")
                    && problems.stream().anyMatch(o -> o != p && o.file().equals(p.file()) && o.line() > 0);
            if (!echo) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return kept;
    }

    private static Map<String, RuleInfo> declarations(RuleSource source, List<String> drlFiles) {
        Map<String, RuleInfo> byName = new HashMap<>();
        for (String file : drlFiles) {
            String[] lines = new String(source.files().get(file), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE_DECLARATION.matcher(lines[i]);
                if (m.find()) {
                    byName.putIfAbsent(m.group(1), new RuleInfo("", m.group(1), List.of(), source.display(file), i + 1));
                }
            }
        }
        return byName;
    }

    private static List<RuleInfo> describeRules(KieBase kieBase, Map<String, RuleInfo> declared, List<RuleProblem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo where = declared.getOrDefault(rule.getName(), new RuleInfo("", rule.getName(), List.of(), "rules", 0));
                Object id = rule.getMetaData().get("id");
                Object codes = rule.getMetaData().get("codes");
                if (id == null || !ID.matcher(String.valueOf(id)).matches()) {
                    problems.add(new RuleProblem(where.file(), where.line(), 0, "error", "rule \"" + rule.getName()
                            + "\" needs a stable kebab-case @id(\"...\"); reports and tests refer to rules by it"));
                    continue;
                }
                RuleInfo info = new RuleInfo(String.valueOf(id), rule.getName(),
                        codes == null ? List.of() : Arrays.asList(String.valueOf(codes).trim().split("[\\s,]+")),
                        where.file(), where.line());
                RuleInfo clash = byId.putIfAbsent(info.id(), info);
                if (clash != null) {
                    problems.add(new RuleProblem(where.file(), where.line(), 0, "error", "@id(\"" + info.id()
                            + "\") is already used by rule \"" + clash.name() + "\" (" + clash.file() + ":" + clash.line() + ")"));
                    continue;
                }
                rules.add(info);
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return List.copyOf(rules);
    }

    private static RuleProblem toProblem(RuleSource source, Message m) {
        String path = m.getPath() == null ? "" : m.getPath();
        if (path.startsWith(RESOURCES)) {
            path = path.substring(RESOURCES.length());
        }
        String file = path.isEmpty() ? source.display("") : source.display(path);
        String text = m.getText() == null ? "" : m.getText().strip();
        int line = Math.max(0, m.getLine());
        int column = Math.max(0, m.getColumn());
        Matcher bracket = BRACKET_POSITION.matcher(text);
        Matcher parser = PARSER_POSITION.matcher(text);
        if (bracket.find()) {
            line = line > 0 ? line : Integer.parseInt(bracket.group(1));
            column = column > 0 ? column : Integer.parseInt(bracket.group(2)) + 1;
        } else if (parser.find()) {
            line = line > 0 ? line : Integer.parseInt(parser.group(1));
            column = column > 0 ? column : Integer.parseInt(parser.group(2)) + 1;
        }
        text = text.replaceAll("\\s+", " ");
        Matcher unresolved = UNRESOLVED_TYPE.matcher(text);
        if (unresolved.find() && !path.isEmpty() && hasMetadataNamed(source.files().get(path), unresolved.group(1))) {
            // Drools looks up a metadata key, capitalized, as a class: @ndr(...) hides the fact type Ndr
            text += " (the metadata key @" + decapitalize(unresolved.group(1)) + " in this file hides the fact type "
                    + unresolved.group(1) + "; rename the key)";
        }
        return new RuleProblem(file, line, column, "error", text);
    }

    private static boolean hasMetadataNamed(byte[] drl, String type) {
        return drl != null && Pattern.compile("@" + Pattern.quote(decapitalize(type)) + "\\s*\\(")
                .matcher(new String(drl, StandardCharsets.UTF_8)).find();
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String hash(RuleSource source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
                sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue());
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
