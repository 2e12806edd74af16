package org.mailblock.engine.session;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailblock.engine.kb.Ask;
import org.mailblock.engine.kb.Cause;
import org.mailblock.engine.kb.Proposal;
import org.mailblock.engine.kb.Symptom;

/** Names a fact in working memory by its path and shows the values of the fields a condition mentions. */
public final class FactValues {

    private static final Pattern WORD = Pattern.compile("\\b[a-z][A-Za-z0-9]*\\b");

    private final FactPaths paths;

    public FactValues(FactPaths paths) {
        this.paths = paths;
    }

    /** Whether the object is a conclusion of a rule rather than a fact of the file. */
    static boolean isConclusion(Object fact) {
        return fact instanceof Cause || fact instanceof Proposal || fact instanceof Ask || fact instanceof Symptom;
    }

    /** Drools' own marker facts mean nothing to readers. */
    public static boolean isInternal(Object fact) {
        return fact == null || fact.getClass().getName().startsWith("org.drools.");
    }

    /** The fact's path in the file (or the conclusion it is), with the values of the fields {@code text} mentions. */
    public String describe(Object fact, String text) {
        String name = paths.describe(fact);
        List<String> values = values(fact, text);
        return values.isEmpty() ? name : name + ": " + String.join(", ", values);
    }

    /** {@code field = value} for each record component of the fact that {@code text} names. */
    public List<String> values(Object fact, String text) {
        List<String> out = new ArrayList<>();
        RecordComponent[] components = fact.getClass().getRecordComponents();
        if (components == null || text == null) {
            return out;
        }
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.replaceAll("\"[^\"]*\"", ""));
        while (m.find()) {
            words.add(m.group());
        }
        for (RecordComponent c : components) {
            if (words.contains(c.getName())) {
                try {
                    out.add(c.getName() + " = " + FactPaths.format(c.getAccessor().invoke(fact)));
                } catch (ReflectiveOperationException e) {
                    out.add(c.getName() + " = ?");
                }
            }
        }
        return out;
    }

    /** The path of a fact of the file, or its description when it is not one. */
    public String pathOrDescription(Object fact) {
        return paths.describe(fact);
    }
}
