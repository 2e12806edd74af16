package org.mailblock.engine.rulebase;

import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mailblock.diagnosis.EvidenceText;

/**
 * The English texts of evidence ({@code evidence.*}) and of spans of time ({@code age.*}) from a
 * rule base's {@code messages/en.yaml}, with which the engine writes each evidence's detail.
 * A rule folder without its own English bundle uses the packaged one, as its reports do.
 */
public final class EvidenceWording {

    /** Where the English bundle lies in a rule source. */
    static final String ENGLISH = "messages/en.yaml";
    private static final List<String> SECTIONS = List.of("evidence", "age", "value");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, String> texts;

    private EvidenceWording(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The wording of a rule source; the packaged English bundle when the source has none. */
    static EvidenceWording of(RuleSource source) throws RuleBaseException {
        byte[] english = source.files().get(ENGLISH);
        if (english == null && !source.isPackaged()) {
            english = RuleSource.packaged().files().get(ENGLISH);
        }
        if (english == null) {
            return new EvidenceWording(Map.of());
        }
        return new EvidenceWording(read(source.display(ENGLISH), new String(english, StandardCharsets.UTF_8)));
    }

    private static Map<String, String> read(String display, String yaml) throws RuleBaseException {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new RuleBaseException(List.of(new RuleProblem(display, 0, 0, "error",
                    e.getMessage().lines().findFirst().orElse("not valid YAML"))));
        }
        Map<String, String> out = new TreeMap<>();
        for (String section : SECTIONS) {
            JsonNode texts = root == null ? null : root.get(section);
            if (texts != null && texts.isObject()) {
                texts.properties().forEach(e -> {
                    if (e.getValue().isTextual()) {
                        out.put(section + "." + e.getKey(), e.getValue().asText().strip());
                    }
                });
            }
        }
        return out;
    }

    /** The detail of a piece of evidence, in English. */
    public String render(String key, Map<String, Object> args) {
        return EvidenceText.render(key, args, texts::get);
    }
}
