package org.mailblock.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The mailblock version, as the build recorded it. */
public final class Version {

    private static final Properties PROPERTIES = read();
    private static final String VERSION = PROPERTIES.getProperty("mailblock.version", "unknown");

    private Version() {
    }

    /** The version of Drools the engine runs on, as its jar's manifest gives it. */
    public static String drools() {
        Package p = org.kie.api.KieServices.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "10.2.0" : v;
    }

    /** The version, for example {@code 0.1.0}. */
    public static String current() {
        return VERSION;
    }

    /** When this build was made: compiled rules cached by another build are not reused. */
    public static String build() {
        return PROPERTIES.getProperty("mailblock.build", "unknown");
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("mailblock-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable file leaves the version unknown
        }
        return p;
    }
}
