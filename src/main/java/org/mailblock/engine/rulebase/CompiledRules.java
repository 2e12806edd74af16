package org.mailblock.engine.rulebase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * A rule base compiled to Drools' executable model: the classes generated from the DRL and the
 * names of the model classes among them. Turning it into a {@link KieBase} takes a fraction of
 * the time compiling the DRL does, which is why the packaged rules are compiled at build time and
 * a rule folder's are cached.
 *
 * @param key     what the classes were compiled from (see {@link RuleCache#key})
 * @param models  the fully qualified names of the generated {@link Model} classes
 * @param classes the generated class files, by binary class name
 */
public record CompiledRules(String key, List<String> models, Map<String, byte[]> classes) {

    private static final String KEY_ENTRY = "mailblock-compiled-rules/key";
    private static final String MODELS_ENTRY = "mailblock-compiled-rules/models";
    private static final String CLASS_SUFFIX = ".class";

    public CompiledRules {
        models = List.copyOf(models);
        classes = new TreeMap<>(classes);
    }

    /** Builds the rule base, defining the generated classes in a loader of their own. */
    KieBase kieBase(ClassLoader parent) {
        return kieBaseOf(models, new GeneratedClassLoader(parent, classes));
    }

    /** Builds the rule base from model classes the given loader already knows, as for the packaged rules. */
    static KieBase kieBaseOf(Collection<String> modelClasses, ClassLoader loader) {
        List<Model> instances = new ArrayList<>();
        for (String name : modelClasses) {
            try {
                instances.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new IllegalStateException("cannot load the compiled rule model " + name + ": " + e, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(instances);
    }

    /** The model class names that Drools lists in a compiled module's {@code drools-model} file. */
    static List<String> modelNames(String droolsModelFile) {
        List<String> names = new ArrayList<>();
        for (String line : droolsModelFile.split("\\R")) {
            String name = line.strip();
            // the file starts with a "Drools-Model-Version:..." header
            if (!name.isEmpty() && !name.contains(":")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The compiled rules as a zip file: the key, the model names, the class files. */
    byte[] toZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, KEY_ENTRY, key.getBytes(StandardCharsets.UTF_8));
            put(zip, MODELS_ENTRY, String.join("\n", models).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                put(zip, c.getKey().replace('.', '/') + CLASS_SUFFIX, c.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** Reads what {@link #toZip()} wrote; throws {@link IOException} for anything incomplete. */
    public static CompiledRules fromZip(byte[] zipBytes) throws IOException {
        String key = null;
        List<String> models = null;
        Map<String, byte[]> classes = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (e.getName().equals(KEY_ENTRY)) {
                    key = new String(content, StandardCharsets.UTF_8);
                } else if (e.getName().equals(MODELS_ENTRY)) {
                    models = modelNames(new String(content, StandardCharsets.UTF_8));
                } else if (e.getName().endsWith(CLASS_SUFFIX)) {
                    String name = e.getName().substring(0, e.getName().length() - CLASS_SUFFIX.length()).replace('/', '.');
                    classes.put(name, content);
                }
            }
        }
        if (key == null || models == null || models.isEmpty() || !classes.keySet().containsAll(models)) {
            throw new IOException("incomplete compiled rule base");
        }
        return new CompiledRules(key, models, classes);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // a fixed time keeps the file identical for identical rules
        entry.setTime(0L);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * Defines the generated classes on demand, before asking the parent: generated names repeat
     * between builds, and the packaged rules' classes of the same name are on the class path.
     * Everything else comes from mailblock's own loader.
     */
    private static final class GeneratedClassLoader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        GeneratedClassLoader(ClassLoader parent, Map<String, byte[]> classes) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            throw new ClassNotFoundException(name);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (name.endsWith(CLASS_SUFFIX)) {
                byte[] bytes = classes.get(name.substring(0, name.length() - CLASS_SUFFIX.length()).replace('/', '.'));
                if (bytes != null) {
                    return new ByteArrayInputStream(bytes);
                }
            }
            return super.getResourceAsStream(name);
        }
    }
}
