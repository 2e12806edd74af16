package org.mailblock.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems binding found so far in one load. A wrong value or an unknown field is noted where it
 * stands and binding goes on past it, so one run reports every such problem of a file; a syntax
 * error still stops the reading, since nothing after it can be trusted. One instance serves one load.
 */
final class BindProblems {

    /** At most this many problems are collected, so a badly broken file still gives a readable answer. */
    static final int MAX_PROBLEMS = org.mailblock.facts.FactsValidator.MAX_PROBLEMS;

    private final FactSource source;
    private final List<FactFileProblem> problems = new ArrayList<>();

    BindProblems(FactSource source) {
        this.source = source;
    }

    /** The problems of the load the context serves. */
    static BindProblems of(DeserializationContext context) {
        Object attribute = context.getAttribute(BindProblems.class);
        if (attribute instanceof BindProblems problems) {
            return problems;
        }
        throw new IllegalStateException("problems are collected only through a reader that carries them");
    }

    /** Whether binding can go on after this failure: it concerns one value, not the text around it. */
    static boolean isRecoverable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Full || t instanceof StreamReadException && !(t instanceof InputCoercionException)) {
                return false;
            }
            if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
                return false;
            }
        }
        return failure instanceof JsonMappingException || failure instanceof InputCoercionException;
    }

    /**
     * Notes the failure where the parser stands.
     *
     * @throws Full when this was one problem too many; binding stops
     */
    void add(JsonParser parser, IOException failure) throws Full {
        problems.add(ProblemTranslator.translate(source, parser, failure));
        if (problems.size() >= MAX_PROBLEMS) {
            throw new Full(parser);
        }
    }

    /** Notes the failure that stopped the reading, unless it only says that too many problems were found. */
    void addFinal(JsonParser parser, IOException failure) {
        if (!(failure instanceof Full) && ProblemTranslator.find(failure, Full.class) == null) {
            problems.add(ProblemTranslator.translate(source, parser, failure));
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems in file order. */
    List<FactFileProblem> inFileOrder() {
        List<FactFileProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(FactFileProblem::line).thenComparingInt(FactFileProblem::column));
        return sorted;
    }

    /** Stops binding once {@link #MAX_PROBLEMS} problems are known. */
    static final class Full extends JsonMappingException {
        Full(JsonParser parser) {
            super(parser, "stopped after " + MAX_PROBLEMS + " problems");
        }
    }
}
