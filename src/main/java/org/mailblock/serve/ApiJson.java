package org.mailblock.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.mailblock.engine.RuleProblem;
import org.mailblock.facts.FactProblem;
import org.mailblock.load.FactFileException;
import org.mailblock.load.FactFileProblem;

/** The JSON bodies of the API beside the diagnosis itself: errors with their problems, and the service's own facts. */
final class ApiJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ApiJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The node as indented JSON with a final line break, as the diagnosis is written. */
    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An error answer: a stable kind to branch on and a message for people. */
    static Answer error(int status, String kind, String message) {
        ObjectNode body = object();
        body.put("error", kind);
        body.put("message", message);
        return Answer.json(status, write(body));
    }

    /** 400 for a fact file the loader refused, with every problem and its position. */
    static Answer invalidFacts(List<FactFileProblem> problems) {
        ObjectNode body = object();
        body.put("error", "invalid-facts");
        body.put("message", FactFileException.summary(problems.size()));
        ArrayNode list = body.putArray("problems");
        for (FactFileProblem p : problems) {
            ObjectNode o = list.addObject();
            o.put("file", p.file());
            o.put("line", p.line());
            o.put("column", p.column());
            o.put("path", p.path());
            o.put("message", p.message());
        }
        return Answer.json(400, write(body));
    }

    /** The facts' own problems (found after loading) in the form of the loader's, without a position. */
    static List<FactFileProblem> withoutPosition(String source, List<FactProblem> problems) {
        return problems.stream().map(p -> new FactFileProblem(source, 0, 0, p.path(), p.message())).toList();
    }

    /** 503 for a rule base that does not compile, with every problem and its position. */
    static Answer rulesBroken(List<RuleProblem> problems) {
        ObjectNode body = object();
        body.put("error", "rules-do-not-compile");
        body.put("message", "the rule base does not compile; nothing can be diagnosed until it does.");
        body.set("problems", ruleProblems(problems));
        return Answer.json(503, write(body));
    }

    static ArrayNode ruleProblems(List<RuleProblem> problems) {
        ArrayNode list = MAPPER.createArrayNode();
        for (RuleProblem p : problems) {
            ObjectNode o = list.addObject();
            o.put("file", p.file());
            o.put("line", p.line());
            o.put("column", p.column());
            o.put("level", p.level());
            o.put("message", p.message());
        }
        return list;
    }
}
