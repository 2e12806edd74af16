package org.mailblock.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.AnswerEffect;
import org.mailblock.diagnosis.Assumption;
import org.mailblock.diagnosis.Change;
import org.mailblock.diagnosis.Comparison;
import org.mailblock.diagnosis.Command;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Evidence;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.diagnosis.Symptom;
import org.mailblock.diagnosis.TraceEntry;
import org.mailblock.load.FactFileProblem;

/**
 * The JSON form of a {@link Diagnosis}: the contract with other services. Keys and their order
 * are fixed and written explicitly, line endings are {@code \n}, so the same diagnosis always
 * gives the same bytes on every platform.
 */
public final class JsonReport {

    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(JsonEscapes.INSTANCE);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonReport() {
    }

    /** The diagnosis as pretty-printed JSON, ending with a newline. */
    public static String render(Diagnosis diagnosis) {
        StringWriter out = new StringWriter();
        write(diagnosis, out);
        return out.toString();
    }

    /** Writes the diagnosis as pretty-printed JSON, ending with a newline. */
    public static void write(Diagnosis diagnosis, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeDiagnosis(g, diagnosis, null);
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diagnosis as JSON on a single line, ending with a newline: one line of a JSON Lines stream. */
    public static String renderLine(Diagnosis diagnosis) {
        return renderLine(diagnosis, null);
    }

    /**
     * The diagnosis as JSON on a single line, with the fact file it came from as the first key
     * {@code source}, so that each line of a batch names its file.
     */
    public static String renderLine(Diagnosis diagnosis, String source) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writeDiagnosis(g, diagnosis, source);
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The line of a JSON Lines stream for a fact file that failed: its {@code source}, {@code "failed": true},
     * the exit code the failure gives, and each problem with its file, line, column, field path and message
     * ({@code null} line, column and path where a problem concerns the whole file).
     */
    public static String renderFailureLine(String source, int exitCode, List<FactFileProblem> problems) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("source", source);
            g.writeBooleanField("failed", true);
            g.writeNumberField("exitCode", exitCode);
            g.writeArrayFieldStart("problems");
            for (FactFileProblem p : problems) {
                g.writeStartObject();
                g.writeStringField("file", p.file());
                writeNumberOrNull(g, "line", p.line());
                writeNumberOrNull(g, "column", p.column());
                if (p.path().isEmpty()) {
                    g.writeNullField("path");
                } else {
                    g.writeStringField("path", p.path());
                }
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeNumberOrNull(JsonGenerator g, String name, int value) throws IOException {
        if (value > 0) {
            g.writeNumberField(name, value);
        } else {
            g.writeNullField(name);
        }
    }

    /** Several diagnoses as one JSON array, in the given order. */
    public static String renderAll(List<Diagnosis> diagnoses) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            g.writeStartArray();
            for (Diagnosis d : diagnoses) {
                writeDiagnosis(g, d, null);
            }
            g.writeEndArray();
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeDiagnosis(JsonGenerator g, Diagnosis d, String source) throws IOException {
        g.writeStartObject();
        if (source != null) {
            g.writeStringField("source", source);
        }
        g.writeStringField("tenant", d.tenant());
        g.writeStringField("collectedAt", d.collectedAt().toString());
        g.writeObjectFieldStart("engine");
        g.writeStringField("version", d.engine().version());
        g.writeStringField("rulesHash", d.engine().rulesHash());
        g.writeEndObject();
        if (d.assumed()) {
            // a diagnosis with assumptions must never pass for one of the file as it is: say so before anything else
            g.writeArrayFieldStart("assumptions");
            for (Assumption a : d.assumptions()) {
                g.writeStartObject();
                g.writeStringField("path", a.path());
                g.writeStringField("value", a.value());
                g.writeStringField("source", a.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("whatIf");
            writeComparison(g, d.whatIf());
        }
        g.writeBooleanField("tenantBanned", d.tenantBanned());
        g.writeStringField("tenantBan", d.tenantBan().id());

        g.writeArrayFieldStart("symptoms");
        for (Symptom s : d.symptoms()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("code", s.code());
            g.writeNumberField("count", s.count());
            g.writeStringField("title", s.title());
            g.writeBooleanField("tenantBan", s.tenantBan());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("rootCauses");
        for (RootCause c : d.rootCauses()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("title", c.title());
            g.writeStringField("confidence", c.confidence().id());
            g.writeStringField("summary", c.summary());
            g.writeArrayFieldStart("evidence");
            for (Evidence e : c.evidence()) {
                g.writeStartObject();
                g.writeStringField("fact", e.fact());
                if (e.value() != null) {
                    g.writeFieldName("value");
                    writeValue(g, e.value());
                }
                g.writeStringField("detail", e.detail());
                g.writeStringField("key", e.key());
                writeArgs(g, e.args());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeStrings(g, "rules", c.rules());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("actions");
        for (Action a : d.actions()) {
            g.writeStartObject();
            g.writeNumberField("step", a.step());
            g.writeStringField("id", a.id());
            g.writeStringField("title", a.title());
            g.writeStringField("status", a.status().id());
            if (!a.waitingFor().isEmpty()) {
                g.writeArrayFieldStart("waitingFor");
                for (int step : a.waitingFor()) {
                    g.writeNumber(step);
                }
                g.writeEndArray();
            }
            g.writeStringField("summary", a.summary());
            writeStrings(g, "because", a.because());
            writeStrings(g, "targets", a.targets());
            g.writeArrayFieldStart("commands");
            for (Command c : a.commands()) {
                g.writeStartObject();
                g.writeStringField("purpose", c.purpose());
                g.writeStringField("run", c.run());
                if (c.shell() != null) {
                    g.writeStringField("shell", c.shell());
                }
                if (c.forEach() > 0) {
                    g.writeNumberField("forEach", c.forEach());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            writeStrings(g, "rules", a.rules());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("questions");
        for (Question q : d.questions()) {
            g.writeStartObject();
            g.writeStringField("id", q.id());
            g.writeStringField("ask", q.ask());
            g.writeStringField("how", q.how());
            writeStrings(g, "matters", q.matters());
            writeStrings(g, "about", q.about());
            writeStrings(g, "rules", q.rules());
            if (q.impact() != null) {
                g.writeStringField("impact", q.impact().id());
                g.writeArrayFieldStart("answers");
                for (AnswerEffect a : q.answers()) {
                    g.writeStartObject();
                    g.writeStringField("id", a.id());
                    g.writeStringField("label", a.label());
                    g.writeFieldName("effect");
                    writeComparison(g, a.effect());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        if (d.trace() != null) {
            g.writeArrayFieldStart("trace");
            for (TraceEntry t : d.trace()) {
                g.writeStartObject();
                g.writeNumberField("step", t.step());
                g.writeStringField("rule", t.rule());
                g.writeStringField("name", t.name());
                writeStrings(g, "matched", TraceLines.texts(t.matched()));
                writeStrings(g, "concluded", TraceLines.texts(t.concluded()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** What other facts change: the impact, then each change with the steps a waiting step still waits for. */
    private static void writeComparison(JsonGenerator g, Comparison c) throws IOException {
        g.writeStartObject();
        if (c != null) {
            g.writeStringField("impact", c.impact().id());
            g.writeArrayFieldStart("changes");
            for (Change ch : c.changes()) {
                g.writeStartObject();
                g.writeStringField("kind", ch.kind().id());
                g.writeStringField("subject", ch.subject());
                if (ch.step() > 0) {
                    g.writeNumberField("step", ch.step());
                }
                g.writeStringField("from", ch.from());
                g.writeStringField("to", ch.to());
                if (!ch.waitingFor().isEmpty()) {
                    g.writeArrayFieldStart("waitingFor");
                    for (int step : ch.waitingFor()) {
                        g.writeNumber(step);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** A fact's value as its JSON type: true/false, a number, text, an array of these, or null when it is unknown. */
    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object v : list) {
                writeValue(g, v);
            }
            g.writeEndArray();
        } else if (value instanceof Evidence.Unknown) {
            g.writeNull();
        } else {
            g.writeString(String.valueOf(value));
        }
    }

    /** Evidence arguments in the order the rule gave them: numbers as numbers, spans of time as ISO-8601 durations ({@code PT54H}). */
    private static void writeArgs(JsonGenerator g, Map<String, Object> args) throws IOException {
        g.writeObjectFieldStart("args");
        for (Map.Entry<String, Object> a : args.entrySet()) {
            if (a.getValue() instanceof Long || a.getValue() instanceof Integer) {
                g.writeNumberField(a.getKey(), ((Number) a.getValue()).longValue());
            } else if (a.getValue() == null) {
                g.writeNullField(a.getKey());
            } else {
                g.writeStringField(a.getKey(), String.valueOf(a.getValue()));
            }
        }
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
