package org.mailblock.authoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mailblock.diagnosis.Action;
import org.mailblock.diagnosis.Diagnosis;
import org.mailblock.diagnosis.Question;
import org.mailblock.diagnosis.RootCause;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileLoader;

/**
 * {@code new sample}: a starting sample, the least a fact file needs (one NDR) and an {@code expect:} section that is
 * what the rules conclude from it today, so that it passes {@code test} from the start and the author changes
 * facts and expectation together.
 */
public final class SampleScaffold {

    /** A sample's name: the file name without {@code .yaml}, kebab-case like the samples beside it. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** An enhanced status code such as 5.7.705. */
    public static final Pattern CODE = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");

    private SampleScaffold() {
    }

    /**
     * The sample's text.
     *
     * @param name        the sample's name, for its first comment
     * @param code        the NDR code the sample starts from
     * @param collectedAt the sample's collectedAt
     */
    public static String write(DiagnosisEngine engine, String name, String code, Instant collectedAt) {
        return write(engine, name, code, collectedAt, "");
    }

    /** The sample's text, with {@code tenantFields} (indented YAML lines) after the tenant's name. */
    static String write(DiagnosisEngine engine, String name, String code, Instant collectedAt, String tenantFields) {
        String facts = "# yaml-language-server: $schema=../schema/facts-v1.schema.json\n"
                + "# " + name + ": describe here, in a sentence or two, the tenant this sample stands for.\n"
                + "# Add what is known about it (see the fact file reference); every field left out is unknown.\n"
                + "mailblock: 1\n"
                + "collectedAt: " + collectedAt.truncatedTo(ChronoUnit.SECONDS) + "\n"
                + "tenant:\n"
                + "  name: contoso.onmicrosoft.com\n"
                + tenantFields
                + "ndrs:\n"
                + "  - code: " + code + "\n";
        Diagnosis diagnosis;
        try {
            diagnosis = engine.diagnose(FactFileLoader.standard().load(name + ".yaml", facts).facts());
        } catch (FactFileException e) {
            throw new IllegalStateException("the starting facts do not load: " + e.getMessage(), e);
        }
        StringBuilder out = new StringBuilder(facts);
        out.append("\n# The outcome this tenant must produce (checked by mailblock test; ignored by diagnose).\n");
        out.append("# It is what the rules conclude from the facts above today: change it with the facts.\n");
        out.append("expect:\n");
        out.append("  causes:").append(diagnosis.rootCauses().isEmpty() ? " []\n" : "\n");
        for (RootCause c : diagnosis.rootCauses()) {
            out.append("    - ").append(c.id()).append(": ").append(c.confidence().id()).append('\n');
        }
        out.append("  actions:").append(diagnosis.actions().isEmpty() ? " []\n" : "\n");
        for (Action a : diagnosis.actions()) {
            out.append("    - ").append(a.id()).append(": ").append(a.status().id()).append('\n');
        }
        out.append("  questions: [").append(diagnosis.questions().stream().map(Question::id).collect(Collectors.joining(", ")))
                .append("]\n");
        return out.toString();
    }
}
