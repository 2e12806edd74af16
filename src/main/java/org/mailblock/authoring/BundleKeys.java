package org.mailblock.authoring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keys of a message bundle with the line and column each is written at, so that findings can point at them. */
final class BundleKeys {

    /** A key with its text (items of a list joined by a space) and where it is written. */
    record Key(String key, String text, int line, int column) {
    }

    /** The YAML of a bundle does not parse; where and why. */
    static final class Unreadable extends Exception {
        final int line;
        final int column;

        Unreadable(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private BundleKeys() {
    }

    /** Every key of the bundle, dotted ({@code report.plan}), in file order. */
    static Map<String, Key> read(String yaml) throws Unreadable {
        Map<String, Key> out = new LinkedHashMap<>();
        YAMLFactory factory = YAMLFactory.builder().build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try (JsonParser p = factory.createParser(yaml)) {
            Deque<String> path = new ArrayDeque<>();
            String field = null;
            JsonLocation at = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> {
                        field = p.currentName();
                        at = p.currentTokenLocation();
                    }
                    case START_OBJECT -> {
                        path.addLast(field == null ? "" : field);
                        field = null;
                    }
                    case END_OBJECT -> path.removeLast();
                    case START_ARRAY -> {
                        List<String> items = new ArrayList<>();
                        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                            if (t.isStructStart()) {
                                p.skipChildren();
                            } else {
                                items.add(p.getText());
                            }
                        }
                        put(out, path, field, String.join(" ", items), at);
                        field = null;
                    }
                    default -> {
                        if (t.isScalarValue() && field != null) {
                            put(out, path, field, t == JsonToken.VALUE_NULL ? null : p.getText(), at);
                            field = null;
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new Unreadable(e.getOriginalMessage().lines().findFirst().orElse("not valid YAML"),
                    where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr());
        } catch (IOException e) {
            throw new Unreadable(e.getMessage(), 0, 0);
        }
        return out;
    }

    private static void put(Map<String, Key> out, Deque<String> path, String field, String text, JsonLocation at) {
        StringBuilder key = new StringBuilder();
        for (String part : path) {
            if (!part.isEmpty()) {
                key.append(part).append('.');
            }
        }
        key.append(field);
        out.putIfAbsent(key.toString(), new Key(key.toString(), text, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
    }
}
