package org.mailblock.engine.rulebase;

import org.mailblock.engine.RuleBaseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kie.api.builder.Message;

/**
 * Build step: compiles the packaged rules to the executable model and writes the generated classes
 * and their index ({@link PackagedModel#INDEX}) into the class output folder, so that the jar
 * starts without compiling DRL. Maven runs it after compiling (see pom.xml); it skips the work when
 * neither the DRL nor the classes the rules use changed since its last run.
 *
 * <p>Usage: {@code RuleBasePrecompiler RULES_FOLDER CLASSES_FOLDER}
 */
public final class RuleBasePrecompiler {

    /** The generated class files of the last run, so that a new run removes them first. */
    private static final String CLASS_LIST = "mailblock-compiled-rules.classes";
    private static final String INPUTS = "inputs.sha256";
    /** The classes the DRL imports: when they change, the generated code must be compiled again. */
    private static final List<String> RULE_VOCABULARY = List.of("org/mailblock/facts", "org/mailblock/engine/kb",
            "org/mailblock/diagnosis");

    private RuleBasePrecompiler() {
    }

    public static void main(String[] args) throws IOException, RuleBaseException {
        if (args.length != 2) {
            System.err.println("usage: RuleBasePrecompiler RULES_FOLDER CLASSES_FOLDER");
            System.exit(2);
        }
        Path classes = Path.of(args[1]);
        SortedMap<String, byte[]> drl = drlOnly(RuleSource.directory(Path.of(args[0])).files());
        String inputs = inputsHash(drl, classes);
        Path indexFile = classes.resolve(PackagedModel.INDEX);
        if (inputs.equals(previous(indexFile).getProperty(INPUTS))) {
            System.out.println("mailblock: packaged rules already compiled to the executable model");
            return;
        }
        long start = System.nanoTime();
        ExecutableModelBuild.Outcome outcome = ExecutableModelBuild.compile(drl, "packaged", "packaged");
        if (outcome.rules() == null) {
            for (Message m : outcome.errors()) {
                System.err.println(m.getPath() + ":" + m.getLine() + ": " + m.getText());
            }
            System.err.println("mailblock: the packaged rules do not compile to the executable model");
            System.exit(1);
        }
        removePrevious(classes);
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : outcome.rules().classes().entrySet()) {
            String file = c.getKey().replace('.', '/') + ".class";
            Path target = classes.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, c.getValue());
            written.add(file);
        }
        Files.writeString(classes.resolve(CLASS_LIST), String.join("\n", written) + "\n");
        // written by hand rather than by Properties.store, which adds the date and would make every jar differ
        Files.writeString(indexFile, "# the packaged rules, compiled to Drools' executable model\n"
                + PackagedModel.DRL_HASH + "=" + PackagedModel.drlHash(drl) + "\n"
                + PackagedModel.MODELS + "=" + String.join(",", outcome.rules().models()) + "\n"
                + INPUTS + "=" + inputs + "\n", StandardCharsets.UTF_8);
        System.out.printf("mailblock: compiled %d DRL files to the executable model (%d classes) in %.1f s%n",
                drl.size(), written.size(), (System.nanoTime() - start) / 1e9);
    }

    public static SortedMap<String, byte[]> drlOnly(SortedMap<String, byte[]> files) {
        SortedMap<String, byte[]> drl = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".drl")) {
                drl.put(name, bytes);
            }
        });
        return drl;
    }

    private static Properties previous(Path indexFile) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(indexFile)) {
            try (InputStream in = Files.newInputStream(indexFile)) {
                p.load(in);
            }
        }
        return p;
    }

    private static void removePrevious(Path classes) throws IOException {
        Path list = classes.resolve(CLASS_LIST);
        if (Files.isRegularFile(list)) {
            for (String file : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!file.isBlank()) {
                    Files.deleteIfExists(classes.resolve(file));
                }
            }
        }
    }

    private static String inputsHash(SortedMap<String, byte[]> drl, Path classes) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(PackagedModel.drlHash(drl).getBytes(StandardCharsets.UTF_8));
            for (String folder : RULE_VOCABULARY) {
                Path dir = classes.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(classes.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(p));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
