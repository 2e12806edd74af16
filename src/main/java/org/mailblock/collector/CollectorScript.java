package org.mailblock.collector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The collector script as shipped in the jar: its file name and its text. */
public final class CollectorScript {

    /** The name the script is saved under; PowerShell runs only files ending in {@code .ps1}. */
    public static final String FILE_NAME = "Collect-MailblockFacts.ps1";

    private static final String RESOURCE = "/org/mailblock/collector/" + FILE_NAME;

    private CollectorScript() {
    }

    /** The script's text (ASCII only, so that Windows PowerShell 5.1 reads it right without a byte order mark). */
    public static String text() {
        try (InputStream in = CollectorScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE + "; it was built incompletely");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
        }
    }
}
