package org.mailblock.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The mailblock version, as the build recorded it. */
public final class Version {

    private static final String VERSION = read();

    private Version() {
    }

    /** The version, for example {@code 0.1.0}. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("mailblock-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("mailblock.version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
