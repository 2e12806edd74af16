package org.mailblock.cli;

import org.mailblock.engine.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: mailblock's version and the runtime it runs on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "mailblock " + Version.current(),
            "Drools " + droolsVersion() + ", Java " + System.getProperty("java.version")
        };
    }

    private static String droolsVersion() {
        Package p = org.kie.api.KieServices.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "10.2.0" : v;
    }
}
