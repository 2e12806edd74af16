package org.mailblock.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The decision log, as JSON Lines: one object per diagnosis request, written whole and in order, so
 * that another process can follow the file. It holds hashes and identifiers, never the facts.
 */
final class DecisionLog implements AutoCloseable {

    private static final ObjectMapper LINE = new ObjectMapper();

    private final OutputStream out;
    private final boolean owned;
    private final Consumer<String> complaints;
    private boolean complained;

    private DecisionLog(OutputStream out, boolean owned, Consumer<String> complaints) {
        this.out = out;
        this.owned = owned;
        this.complaints = complaints;
    }

    /** A log appended to a file, created when missing. */
    static DecisionLog toFile(Path file, Consumer<String> complaints) throws IOException {
        return new DecisionLog(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE), true, complaints);
    }

    /** A log written to a stream the caller keeps, such as standard error. */
    static DecisionLog to(PrintStream stream, Consumer<String> complaints) {
        return new DecisionLog(stream, false, complaints);
    }

    /** A log that keeps nothing. */
    static DecisionLog none() {
        return new DecisionLog(OutputStream.nullOutputStream(), false, message -> { });
    }

    /** The decision as one JSON object; fields without a value are written as null, so every line has every field. */
    static String line(Decision d) {
        ObjectNode o = LINE.createObjectNode();
        o.put("decisionId", d.id());
        o.put("time", d.time().toString());
        o.put("endpoint", d.endpoint());
        o.put("inputHash", d.inputHash());
        o.put("rulesHash", d.rulesHash());
        o.put("tenant", d.tenant());
        o.put("leadingCause", d.leadingCause());
        o.put("tenantBanned", d.tenantBanned());
        o.put("durationMs", Math.round(d.durationMs() * 1000) / 1000.0);
        o.put("outcome", d.outcome());
        o.put("status", d.status());
        try {
            return LINE.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes one line; a log that cannot be written is said once and never fails the request. */
    synchronized void write(Decision d) {
        try {
            out.write((line(d) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            if (!complained) {
                complained = true;
                complaints.accept("mailblock serve: cannot write the decision log: " + e.getMessage());
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.flush();
        if (owned) {
            out.close();
        }
    }
}
