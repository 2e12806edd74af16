package org.mailblock.load;

import java.util.List;

/** The published schema's verdict on a fact file's text, for tests outside this package (the import, the authoring guide). */
public final class SchemaValidity {

    private SchemaValidity() {
    }

    /** What schema/facts-v1.schema.json finds wrong with the YAML text; empty when it is valid. */
    public static List<String> errors(String yaml) {
        return SchemaCheck.errors(yaml);
    }
}
