package org.mailblock.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a synthetic tenant as a fact file: {@code NDRS USERS DOMAINS CONNECTORS FILE}. */
public final class WriteSyntheticTenant {

    private WriteSyntheticTenant() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: WriteSyntheticTenant NDRS USERS DOMAINS CONNECTORS FILE");
            System.exit(2);
        }
        Files.writeString(Path.of(args[4]), SyntheticTenant.toYaml(SyntheticTenant.generate(Integer.parseInt(args[0]),
                Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), 42)));
    }
}
