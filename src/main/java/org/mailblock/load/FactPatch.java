package org.mailblock.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mailblock.diagnosis.Assumption;

/**
 * Facts to assume: changes to a fact file's tree, each a path and the value to put there, from
 * {@code --assume path=value}, a patch file (a mapping of paths to values) or a question's declared
 * answer. Applied to the fact file's text before binding, so an assumed fact is checked exactly as
 * the same fact written in the file. Immutable; the fact file itself is never changed.
 */
public final class FactPatch {

    /** No assumptions. */
    public static final FactPatch NONE = new FactPatch(List.of());

    /** Patch files and values are small; this limit keeps a hostile one from exhausting memory. */
    private static final long MAX_BYTES = 1024 * 1024;
    private static final FactYaml YAML = new FactYaml(MAX_BYTES);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** One change: where, what, and the assumption a reader sees for it. */
    record Step(PatchPath path, JsonNode value, Assumption assumption) {
    }

    private final List<Step> steps;

    private FactPatch(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * One assumption as typed on the command line: {@code path=value}, the value in YAML ({@code true},
     * {@code EX01}, <code>{name: X, direction: inbound}</code>, {@code null} for unknown).
     *
     * @throws FactFileException naming the expression when the path or the value cannot be read
     */
    public static FactPatch expression(String text) throws FactFileException {
        String source = "--assume '" + text + "'";
        int eq = topLevelEquals(text);
        if (eq < 0) {
            throw problem(source, 0, 0, "an assumption is path=value, for example admins[upn=helpdesk@contoso.com].mfa=true");
        }
        String path = text.substring(0, eq).strip();
        String valueText = text.substring(eq + 1).strip();
        JsonNode value;
        try {
            value = valueText.isEmpty() ? NullNode.getInstance() : YAML.readTree(new StringReader(valueText));
        } catch (IOException e) {
            throw problem(source, 0, 0, "the value '" + valueText + "' is not YAML: " + firstLine(e));
        }
        return new FactPatch(List.of(step(source, 0, 0, path, value, "--assume")));
    }

    /**
     * A patch file: a YAML mapping whose keys are paths and whose values are the values to assume there.
     *
     * @throws FactFileException with file, line and column when the file cannot be read or a key is not a path
     */
    public static FactPatch read(Path file) throws FactFileException {
        FileSource source = FileSource.checked(file, MAX_BYTES);
        List<Step> out = new ArrayList<>();
        try (Reader text = source.open(); StrictYamlParser p = YAML.open(text)) {
            JsonToken first = p.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return NONE;
            }
            if (first != JsonToken.START_OBJECT) {
                JsonLocation at = p.currentTokenLocation();
                throw problem(source.name(), at.getLineNr(), at.getColumnNr(),
                        "a patch file is a mapping of paths to values, for example 'admins[upn=helpdesk@contoso.com].mfa: true'");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation at = p.currentTokenLocation();
                String path = p.currentName();
                p.nextToken();
                JsonNode value = YAML.readTree(p);
                String where = source.name() + ":" + at.getLineNr() + ":" + at.getColumnNr();
                out.add(step(source.name(), at.getLineNr(), at.getColumnNr(), path, value, where));
            }
        } catch (FactFileException e) {
            throw e;
        } catch (IOException e) {
            throw new FactFileException(List.of(ProblemTranslator.translate(source, null, e)), e);
        }
        return new FactPatch(out);
    }

    /**
     * Assumptions given as paths and plain values (maps, lists, text, numbers, booleans, {@code null}),
     * as a question's declared answer holds them.
     *
     * @param source how the assumptions are named, for example {@code answer admin-mfa/enforced}
     * @throws FactFileException when a path cannot be read
     */
    public static FactPatch of(String source, Map<String, Object> entries) throws FactFileException {
        List<Step> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            out.add(step(source, 0, 0, e.getKey(), PLAIN.valueToTree(e.getValue()), source));
        }
        return new FactPatch(out);
    }

    /** These assumptions followed by the other's; a later one wins where both set the same fact. */
    public FactPatch plus(FactPatch other) {
        List<Step> all = new ArrayList<>(steps);
        all.addAll(other.steps);
        return new FactPatch(all);
    }

    /** Whether there is nothing to assume. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The assumptions as a reader sees them, in the order they apply. */
    public List<Assumption> assumptions() {
        return steps.stream().map(Step::assumption).toList();
    }

    List<Step> steps() {
        return steps;
    }

    /** Applies every step to the tree of a fact file, in order. */
    void apply(ObjectNode root) throws FactFileException {
        for (Step s : steps) {
            try {
                set(root, s.path().segments(), 0, s.value());
            } catch (IllegalArgumentException e) {
                Assumption a = s.assumption();
                throw problem(a.source(), 0, 0, a.path() + ": " + e.getMessage());
            }
        }
    }

    private static void set(ObjectNode node, List<PatchPath.Segment> path, int i, JsonNode value) {
        PatchPath.Segment seg = path.get(i);
        boolean last = i == path.size() - 1;
        JsonNode child = node.get(seg.field());
        if (seg.pick() == PatchPath.Pick.NONE) {
            if (last) {
                if (value.isNull()) {
                    node.remove(seg.field());
                } else {
                    node.set(seg.field(), value.deepCopy());
                }
                return;
            }
            if (child == null || child.isNull()) {
                child = node.putObject(seg.field());
            }
            if (!child.isObject()) {
                throw new IllegalArgumentException("'" + seg.field() + "' holds a single value, not fields");
            }
            set((ObjectNode) child, path, i + 1, value);
            return;
        }
        if (child == null || child.isNull()) {
            child = node.putArray(seg.field());
        }
        if (!child.isArray()) {
            throw new IllegalArgumentException("'" + seg.field() + "' is not a list; pick entries only in lists");
        }
        ArrayNode list = (ArrayNode) child;
        List<Integer> picked = new ArrayList<>();
        switch (seg.pick()) {
            case INDEX -> {
                if (seg.index() >= list.size()) {
                    throw new IllegalArgumentException("'" + seg.field() + "' has " + list.size() + " entries; positions count from 0");
                }
                picked.add(seg.index());
            }
            case ALL -> {
                for (int k = 0; k < list.size(); k++) {
                    picked.add(k);
                }
            }
            case APPEND -> {
                list.add(last ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.objectNode());
                picked.add(list.size() - 1);
            }
            case KEY -> {
                for (int k = 0; k < list.size(); k++) {
                    JsonNode key = list.get(k).get(seg.key());
                    if (key != null && key.isValueNode() && key.asText().equals(seg.keyValue())) {
                        picked.add(k);
                    }
                }
                if (picked.isEmpty() && !(last && value.isNull())) {
                    list.addObject().put(seg.key(), seg.keyValue());
                    picked.add(list.size() - 1);
                }
            }
            default -> throw new IllegalStateException(seg.pick().toString());
        }
        for (int k = picked.size() - 1; k >= 0; k--) {
            int at = picked.get(k);
            if (last) {
                if (value.isNull()) {
                    list.remove(at);
                } else {
                    JsonNode put = value.deepCopy();
                    if (seg.pick() == PatchPath.Pick.KEY && put.isObject() && !put.has(seg.key())) {
                        ((ObjectNode) put).put(seg.key(), seg.keyValue());
                    }
                    list.set(at, put);
                }
            } else {
                JsonNode entry = list.get(at);
                if (!entry.isObject()) {
                    throw new IllegalArgumentException("'" + seg.field() + "' holds values, not entries with fields");
                }
                set((ObjectNode) entry, path, i + 1, value);
            }
        }
    }

    private static Step step(String source, int line, int column, String path, JsonNode value, String where) throws FactFileException {
        PatchPath parsed;
        try {
            parsed = PatchPath.parse(path);
        } catch (IllegalArgumentException e) {
            throw problem(source, line, column, "'" + path + "' is not a path of the fact file: " + e.getMessage());
        }
        return new Step(parsed, value, new Assumption(path, value.isNull() ? null : shown(value), where));
    }

    /** A value as a reader sees it: text as it stands, anything else in JSON. */
    private static String shown(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static int topLevelEquals(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '=' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String firstLine(IOException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static FactFileException problem(String file, int line, int column, String message) {
        return new FactFileException(List.of(new FactFileProblem(file, line, column, "", message)));
    }
}
