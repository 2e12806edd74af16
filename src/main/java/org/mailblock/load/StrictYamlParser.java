package org.mailblock.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;

/**
 * Refuses the YAML features a fact file must not use, and the YAML 1.1 number forms. Jackson reads an alias ({@code *name})
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
        if (token == JsonToken.VALUE_NUMBER_INT && !isPlainDecimal(yaml.getText())) {
            throw new FactValueException(this, "expected a whole number in plain decimal digits, such as 1000; found "
                    + yaml.getText() + " (YAML 1.1 reads forms like 0x10, 010 and 1_000 differently from YAML 1.2 "
                    + "and the schema: write the number out)");
        }
        if (getParsingContext().inRoot() && !token.isStructStart()) {
            rootValueRead = true;
        }
        return token;
    }

    /** An optional sign and decimal digits without a leading zero: what YAML 1.2, JSON and the schema all read alike. */
    static boolean isPlainDecimal(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        int n = text.length();
        if (n == start || n - start > 1 && text.charAt(start) == '0') {
            return false;
        }
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
