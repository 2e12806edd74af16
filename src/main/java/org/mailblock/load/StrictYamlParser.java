package org.mailblock.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;

/**
 * Refuses the two YAML features a fact file must not use. Jackson reads an alias ({@code *name})
 * as the plain text of the anchor's name rather than its value, which would silently corrupt facts;
 * and it would read only the first of several documents, silently dropping the rest.
 *
 * <p>Every way of advancing goes through {@link #nextToken()}, so no token escapes the checks.
 */
final class StrictYamlParser extends JsonParserDelegate {

    private final YAMLParser yaml;
    private boolean rootValueRead;

    StrictYamlParser(YAMLParser yaml) {
        super(yaml);
        this.yaml = yaml;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            return null;
        }
        if (rootValueRead) {
            throw new FactValueException(this, "one fact file holds one YAML document; "
                    + "a second one starts here, after a '---' line: remove it or put it in a file of its own");
        }
        if (yaml.isCurrentAlias()) {
            throw new FactValueException(this, "YAML aliases (*" + yaml.getText() + ") are not supported in fact files; "
                    + "write the value out");
        }
        if (getParsingContext().inRoot() && !token.isStructStart()) {
            rootValueRead = true;
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = currentToken();
        if (token == null || !token.isStructStart()) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken next = nextToken();
            if (next == null) {
                break;
            }
            if (next.isStructStart()) {
                open++;
            } else if (next.isStructEnd()) {
                open--;
            }
        }
        return this;
    }
}
