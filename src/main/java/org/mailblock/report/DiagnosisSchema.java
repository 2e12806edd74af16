package org.mailblock.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft-07) of the diagnosis {@link JsonReport} writes: every field with a
 * description, the closed sets of values (status, confidence, purpose, tenantBan), and no field
 * beyond those. Other services use it to check what they read from {@code diagnose --format json}.
 *
 * <p>The schema travels inside the jar; the repository keeps it as {@code schema/diagnosis-v1.schema.json}.
 */
public final class DiagnosisSchema {

    /** Where the schema lies on the class path. */
    public static final String RESOURCE = "mailblock-schema/diagnosis-v1.schema.json";

    /** The file name the schema is published under. */
    public static final String FILE_NAME = "diagnosis-v1.schema.json";

    private DiagnosisSchema() {
    }

    /**
     * The schema's text, exactly as published: UTF-8 JSON ending with a line break.
     *
     * @return the schema of the diagnosis, version 1
     * @throws IllegalStateException when the jar was built without the schema
     */
    public static String text() {
        return Holder.TEXT;
    }

    private static String read() {
        try (InputStream in = DiagnosisSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the diagnosis schema " + RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the diagnosis schema " + RESOURCE, e);
        }
    }

    /** Reads the schema once, on first use. */
    private static final class Holder {
        static final String TEXT = read();
    }
}
