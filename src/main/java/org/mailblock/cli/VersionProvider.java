package org.mailblock.cli;

import org.mailblock.engine.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: mailblock's version and the runtime it runs on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "mailblock " + Version.current(),
            "Drools " + Version.drools() + ", Java " + System.getProperty("java.version")
        };
    }
}
