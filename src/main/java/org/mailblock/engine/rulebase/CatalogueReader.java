package org.mailblock.engine.rulebase;

import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mailblock.diagnosis.Command;

/**
 * Reads {@code catalogue.yaml} strictly: unknown keys, duplicates, missing texts and dangling
 * references are errors with their line, because a typo here would silently blank a report.
 */
public final class CatalogueReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TARGET = Pattern.compile("[a-z]+( [a-z]+)*");
    private static final String BAN_UNKNOWN = "unknown";
    private static final String EARLIER_STEPS = "earlier-steps";

    private final ObjectMapper mapper;

    public CatalogueReader() {
        YAMLFactory yaml = YAMLFactory.builder().build();
        yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.mapper = new ObjectMapper(yaml).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Raw entry shapes as authors write them; commands are one-key mappings {@code check:} or {@code fix:}. */
    private record RawSymptom(String id, String title, List<String> codes, String ban) {
    }

    private record RawCause(String id, String title, String summary, List<String> ndr) {
    }

    private record RawAction(String id, Integer order, String title, String summary, List<Map<String, String>> commands,
                             String waitsFor, Boolean containment, String target) {
    }

    private record RawQuestion(String id, String ask, String how, List<String> matters, List<RawAnswer> answers) {
    }

    private record RawAnswer(String id, String label, Map<String, Object> assume) {
    }

    private record Located<T>(T entry, JsonLocation at) {
    }

    public Catalogue read(String file, String yamlText) throws RuleBaseException {
        List<RuleProblem> problems = new ArrayList<>();
        List<Located<RawSymptom>> symptoms = new ArrayList<>();
        List<Located<RawCause>> causes = new ArrayList<>();
        List<Located<RawAction>> actions = new ArrayList<>();
        List<Located<RawQuestion>> questions = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(yamlText)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RuleBaseException(List.of(problem(file, p.currentTokenLocation(),
                        "the catalogue must be a mapping with the keys symptoms, causes, actions and questions")));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (section) {
                    case "symptoms" -> readList(p, RawSymptom.class, symptoms);
                    case "causes" -> readList(p, RawCause.class, causes);
                    case "actions" -> readList(p, RawAction.class, actions);
                    case "questions" -> readList(p, RawQuestion.class, questions);
                    default -> throw new RuleBaseException(List.of(problem(file, at, "unknown section '" + section
                            + "'; the catalogue has symptoms, causes, actions and questions")));
                }
            }
        } catch (UnrecognizedPropertyException e) {
            throw new RuleBaseException(List.of(problem(file, e.getLocation(), "unknown key '" + e.getPropertyName()
                    + "'; allowed here: " + e.getKnownPropertyIds())));
        } catch (JsonProcessingException e) {
            throw new RuleBaseException(List.of(problem(file, e.getLocation(), e.getOriginalMessage())));
        } catch (IOException e) {
            throw new RuleBaseException(List.of(new RuleProblem(file, 0, 0, "error", "cannot read: " + e.getMessage())));
        }

        Catalogue catalogue = assemble(file, symptoms, causes, actions, questions, problems);
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return catalogue;
    }

    private <T> void readList(JsonParser p, Class<T> type, List<Located<T>> out) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonMappingException.from(p, "expected a list of entries");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            out.add(new Located<>(mapper.readValue(p, type), at));
        }
    }

    private Catalogue assemble(String file, List<Located<RawSymptom>> rawSymptoms, List<Located<RawCause>> rawCauses,
                               List<Located<RawAction>> rawActions, List<Located<RawQuestion>> rawQuestions,
                               List<RuleProblem> problems) {
        Set<String> ids = new HashSet<>();
        List<Catalogue.SymptomEntry> symptoms = new ArrayList<>();
        for (Located<RawSymptom> s : rawSymptoms) {
            RawSymptom r = s.entry();
            boolean ok = checkId(file, s.at(), "symptom", r.id(), ids, problems) & require(file, s.at(), r.id(), "title", r.title(), problems);
            if (r.ban() != null && !BAN_UNKNOWN.equals(r.ban())) {
                problems.add(problem(file, s.at(), "symptom '" + r.id() + "' has ban '" + r.ban()
                        + "'; the only value is '" + BAN_UNKNOWN + "' (leave it out when the rules decide the ban)"));
                ok = false;
            }
            if (ok) {
                symptoms.add(new Catalogue.SymptomEntry(r.id(), r.title().strip(), r.codes() == null ? List.of() : r.codes(),
                        BAN_UNKNOWN.equals(r.ban())));
            }
        }
        List<Catalogue.CauseEntry> causes = new ArrayList<>();
        for (Located<RawCause> c : rawCauses) {
            RawCause r = c.entry();
            if (checkId(file, c.at(), "cause", r.id(), ids, problems) & require(file, c.at(), r.id(), "title", r.title(), problems)
                    & require(file, c.at(), r.id(), "summary", r.summary(), problems)) {
                causes.add(new Catalogue.CauseEntry(r.id(), r.title().strip(), r.summary().strip(), r.ndr() == null ? List.of() : r.ndr()));
            }
        }
        Set<String> causeIds = new HashSet<>();
        causes.forEach(c -> causeIds.add(c.id()));
        List<Catalogue.ActionEntry> actions = new ArrayList<>();
        Map<Integer, String> orders = new LinkedHashMap<>();
        for (Located<RawAction> a : rawActions) {
            RawAction r = a.entry();
            boolean ok = checkId(file, a.at(), "action", r.id(), ids, problems) & require(file, a.at(), r.id(), "title", r.title(), problems)
                    & require(file, a.at(), r.id(), "summary", r.summary(), problems);
            if (r.order() == null) {
                problems.add(problem(file, a.at(), "action '" + r.id() + "' has no order; give it a number (lower comes first in the plan)"));
                ok = false;
            } else if (orders.containsKey(r.order())) {
                problems.add(problem(file, a.at(), "action '" + r.id() + "' has order " + r.order() + ", like action '"
                        + orders.get(r.order()) + "'; each action needs its own place in the plan"));
                ok = false;
            } else {
                orders.put(r.order(), r.id());
            }
            if (r.waitsFor() != null && !EARLIER_STEPS.equals(r.waitsFor())) {
                problems.add(problem(file, a.at(), "action '" + r.id() + "' has waitsFor '" + r.waitsFor()
                        + "'; the only value is '" + EARLIER_STEPS + "'"));
                ok = false;
            }
            if (r.target() != null && !TARGET.matcher(r.target()).matches()) {
                problems.add(problem(file, a.at(), "action '" + r.id() + "' has target '" + r.target()
                        + "'; name the placeholder its commands write as '<name>', in lowercase words, like 'domain'"));
                ok = false;
            }
            List<Command> commands = new ArrayList<>();
            for (Map<String, String> command : r.commands() == null ? List.<Map<String, String>>of() : r.commands()) {
                Command c = command(file, a.at(), r.id(), command, problems);
                if (c == null) {
                    ok = false;
                } else {
                    commands.add(c);
                }
            }
            if (ok && r.target() != null && commands.stream().noneMatch(c -> c.run().contains("'<" + r.target() + ">'"))) {
                problems.add(problem(file, a.at(), "action '" + r.id() + "' has target '" + r.target()
                        + "', but no command writes '<" + r.target() + ">' in single quotes"));
                ok = false;
            }
            if (ok) {
                actions.add(new Catalogue.ActionEntry(r.id(), r.order(), r.title().strip(), r.summary().strip(), commands,
                        r.waitsFor() != null, Boolean.TRUE.equals(r.containment()), r.target()));
            }
        }
        List<Catalogue.QuestionEntry> questions = new ArrayList<>();
        for (Located<RawQuestion> q : rawQuestions) {
            RawQuestion r = q.entry();
            boolean ok = checkId(file, q.at(), "question", r.id(), ids, problems) & require(file, q.at(), r.id(), "ask", r.ask(), problems)
                    & require(file, q.at(), r.id(), "how", r.how(), problems);
            List<String> matters = r.matters() == null ? List.of() : r.matters();
            for (String cause : matters) {
                if (!causeIds.contains(cause)) {
                    problems.add(problem(file, q.at(), "question '" + r.id() + "' matters for cause '" + cause
                            + "', which the catalogue does not define"));
                    ok = false;
                }
            }
            List<Catalogue.AnswerEntry> answers = new ArrayList<>();
            Set<String> answerIds = new HashSet<>();
            for (RawAnswer a : r.answers() == null ? List.<RawAnswer>of() : r.answers()) {
                if (a == null || a.id() == null || !ID.matcher(a.id()).matches() || !answerIds.add(a.id())) {
                    problems.add(problem(file, q.at(), "question '" + r.id() + "' has an answer without a unique kebab-case id"
                            + (a == null || a.id() == null ? "" : " ('" + a.id() + "')")));
                    ok = false;
                } else if (a.label() == null || a.label().isBlank() || a.assume() == null || a.assume().isEmpty()) {
                    problems.add(problem(file, q.at(), "answer '" + a.id() + "' of question '" + r.id()
                            + "' needs a label and the facts it stands for under assume: (path: value)"));
                    ok = false;
                } else {
                    answers.add(new Catalogue.AnswerEntry(a.id(), a.label().strip(), a.assume(), q.at().getLineNr(), q.at().getColumnNr()));
                }
            }
            if (ok) {
                questions.add(new Catalogue.QuestionEntry(r.id(), r.ask().strip(), r.how().strip(), matters, answers));
            }
        }
        return new Catalogue(symptoms, causes, actions, questions);
    }

    /** One command: a 'check:' or 'fix:' line, and optionally the shell it runs in. */
    private static Command command(String file, JsonLocation at, String action, Map<String, String> command, List<RuleProblem> problems) {
        Set<String> purposes = new HashSet<>(command.keySet());
        purposes.retainAll(Set.of("check", "fix"));
        Set<String> others = new HashSet<>(command.keySet());
        others.removeAll(Set.of("check", "fix", "shell"));
        if (purposes.size() != 1 || !others.isEmpty()) {
            problems.add(problem(file, at, "action '" + action + "': each command is one 'check: ...' or 'fix: ...' line,"
                    + " optionally with 'shell: " + Command.ON_PREMISES + "', found " + command.keySet()));
            return null;
        }
        String shell = command.get("shell");
        if (command.containsKey("shell") && !Command.ON_PREMISES.equals(shell)) {
            problems.add(problem(file, at, "action '" + action + "': shell '" + shell + "' is unknown; the only value is '"
                    + Command.ON_PREMISES + "' (leave it out for Exchange Online PowerShell and Graph)"));
            return null;
        }
        String purpose = purposes.iterator().next();
        String run = command.get(purpose);
        return new Command(purpose, run == null ? "" : run.strip(), shell, 0);
    }

    private static boolean checkId(String file, JsonLocation at, String kind, String id, Set<String> ids, List<RuleProblem> problems) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(problem(file, at, kind + " id '" + id + "' must be kebab-case, like 'enable-admin-mfa'"));
            return false;
        }
        if (!ids.add(kind + ":" + id)) {
            problems.add(problem(file, at, kind + " '" + id + "' is defined twice"));
            return false;
        }
        return true;
    }

    private static boolean require(String file, JsonLocation at, String id, String field, String value, List<RuleProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(problem(file, at, "'" + id + "' has no " + field));
            return false;
        }
        return true;
    }

    private static RuleProblem problem(String file, JsonLocation at, String message) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new RuleProblem(file, line, column, "error", message);
    }
}
