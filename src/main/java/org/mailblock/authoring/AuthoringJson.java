package org.mailblock.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mailblock.report.JsonEscapes;

/** The JSON forms of the authoring reports, for editors and CI: pretty-printed, {@code \n} line endings. */
public final class AuthoringJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))).with(JsonEscapes.INSTANCE);

    private AuthoringJson() {
    }

    /** {@code check}: the counts and every finding. */
    public static String check(CheckReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rules", report.rules());
        out.put("errors", report.errors());
        out.put("warnings", report.warnings());
        out.put("findings", report.findings());
        return write(out);
    }

    /** {@code test}: the counts, each sample's outcome, and the coverage when measured. */
    public static String test(TestRun run, Double threshold) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("samples", run.results().size());
        out.put("passed", run.passed());
        out.put("failed", run.failed());
        out.put("errors", run.errors());
        out.put("results", run.results());
        if (run.coverage() != null) {
            Map<String, Object> coverage = new LinkedHashMap<>();
            coverage.put("percent", Math.round(run.coverage().percent() * 10) / 10.0);
            if (threshold != null) {
                coverage.put("threshold", threshold);
            }
            coverage.put("rules", run.coverage().rules());
            coverage.put("neverFired", run.coverage().neverFired());
            out.put("coverage", coverage);
        }
        return write(out);
    }

    /** {@code explain}. */
    public static String explain(ExplainReport report) {
        return write(report);
    }

    /** {@code test --mutate}: the counts, the score and every survivor. */
    public static String mutation(org.mailblock.authoring.mutation.MutationReport report, Double minScore) {
        return write(org.mailblock.authoring.mutation.MutationText.json(report, minScore));
    }

    /** {@code rules}. */
    public static String rules(RuleListing listing) {
        return write(listing);
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
