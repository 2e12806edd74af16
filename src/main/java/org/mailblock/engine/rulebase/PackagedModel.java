package org.mailblock.engine.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import org.kie.api.KieBase;

/**
 * The packaged rules compiled to the executable model when mailblock was built (see
 * {@link RuleBasePrecompiler}): their classes travel in the jar next to the DRL they came from,
 * and an index names the model classes and the hash of that DRL. The engine uses them only when
 * the hash matches the packaged DRL, so a stale build can never run other rules than it shows.
 */
public final class PackagedModel {

    /** The index, at the root of the class path. */
    static final String INDEX = "mailblock-compiled-rules.properties";
    static final String DRL_HASH = "drl.sha256";
    static final String MODELS = "models";

    private PackagedModel() {
    }

    /** The pre-built rule base, if the jar has one compiled from exactly these DRL files. */
    public static Optional<KieBase> load(SortedMap<String, byte[]> drlFiles) {
        ClassLoader loader = PackagedModel.class.getClassLoader();
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            index.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String models = index.getProperty(MODELS, "");
        if (!drlHash(drlFiles).equals(index.getProperty(DRL_HASH)) || models.isBlank()) {
            return Optional.empty();
        }
        List<String> names = Arrays.stream(models.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return Optional.of(CompiledRules.kieBaseOf(names, loader));
    }

    /** A hash of the DRL files' names and contents. */
    static String drlHash(SortedMap<String, byte[]> drlFiles) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : drlFiles.entrySet()) {
                sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
