package org.mailblock.engine.rulebase;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL files to Drools' executable model: Java classes that build the rule base without
 * parsing or compiling anything at run time.
 */
final class ExecutableModelBuild {

    static final String RESOURCES = "src/main/resources/";
    private static final String GROUP = "org.mailblock";
    private static final String ARTIFACT = "rules";
    private static final String CLASS_SUFFIX = ".class";
    /** Drools' own bootstrap class for a whole project; a rule base built from its models does not need it. */
    private static final String PROJECT_MODEL_PACKAGE = "org/drools/project/model/";
    /** Each build gets its own release, so that builds in one JVM never overwrite each other. */
    private static final AtomicLong BUILDS = new AtomicLong();

    /** The outcome: compiled rules, or the compiler's errors. */
    record Outcome(CompiledRules rules, List<Message> errors) {
    }

    private ExecutableModelBuild() {
    }

    /**
     * Compiles the DRL files (paths relative to the rule folder) into rules carrying the given key.
     * The kind goes into the generated class names, so that a folder's classes differ from the
     * packaged rules' even where Drools would name them alike.
     */
    static Outcome compile(SortedMap<String, byte[]> drlFiles, String key, String kind) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId(GROUP, ARTIFACT + "-" + kind, "2.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        drlFiles.forEach((file, bytes) -> kfs.write(RESOURCES + file, bytes));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        try {
            Map<String, byte[]> classes = new TreeMap<>();
            String modelList = null;
            for (String name : module.getFileNames()) {
                if (name.endsWith(CLASS_SUFFIX) && !name.startsWith(PROJECT_MODEL_PACKAGE)) {
                    classes.put(name.substring(0, name.length() - CLASS_SUFFIX.length()).replace('/', '.'), module.getBytes(name));
                } else if (name.endsWith("/drools-model")) {
                    modelList = new String(module.getBytes(name), StandardCharsets.UTF_8);
                }
            }
            if (modelList == null) {
                throw new IllegalStateException("the executable model build produced no model list");
            }
            return new Outcome(new CompiledRules(key, CompiledRules.modelNames(modelList), classes), List.of());
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }
}
