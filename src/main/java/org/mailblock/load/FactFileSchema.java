package org.mailblock.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft-07) of fact file format version 1, as the loader reads it: every field with
 * a description, the closed sets of values, the forms of dates, NDR codes and addresses, and no field
 * beyond those. Editors use it to complete and check fact files as they are typed; other services
 * can use it to check the files they write.
 *
 * <p>The schema travels inside the jar; the repository keeps it as {@code schema/facts-v1.schema.json}.
 */
public final class FactFileSchema {

    /** Where the schema lies on the class path. */
    public static final String RESOURCE = "mailblock-schema/facts-v1.schema.json";

    /** The file name the schema is published under, for the {@code # yaml-language-server: $schema=} line. */
    public static final String FILE_NAME = "facts-v1.schema.json";

    /** What the editor line says before the schema's location. */
    public static final String EDITOR_LINE_PREFIX = "# yaml-language-server: $schema=";

    private FactFileSchema() {
    }

    /**
     * The schema's text, exactly as published: UTF-8 JSON ending with a line break.
     *
     * @return the schema of fact file format version 1
     * @throws IllegalStateException when the jar was built without the schema
     */
    public static String text() {
        return Holder.TEXT;
    }

    /**
     * The first line of a fact file that points editors running yaml-language-server (VS Code's YAML
     * extension, for one) at the schema, for tools that write fact files.
     *
     * @param schemaLocation where the schema is, relative to the fact file or as a URL,
     *                       for example {@code ../schema/facts-v1.schema.json}
     * @return the comment line, without a line break
     */
    public static String editorLine(String schemaLocation) {
        if (schemaLocation == null || schemaLocation.isBlank() || schemaLocation.contains("\n")
                || schemaLocation.contains("\r")) {
            throw new IllegalArgumentException("the schema location must be one line of text, not '" + schemaLocation + "'");
        }
        return EDITOR_LINE_PREFIX + schemaLocation;
    }

    private static String read() {
        try (InputStream in = FactFileSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the fact file schema " + RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fact file schema " + RESOURCE, e);
        }
    }

    /** Reads the schema once, on first use. */
    private static final class Holder {
        static final String TEXT = read();
    }
}
