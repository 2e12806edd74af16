package org.mailblock.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.mailblock.diagnosis.Assumption;

/** A fact file's text with assumptions merged into its tree, and the problems of the result blamed on the assumptions. */
final class PatchedText {

    private final FactYaml yaml;

    PatchedText(FactYaml yaml) {
        this.yaml = yaml;
    }

    /** The tree of the source, which has loaded without problems before. */
    ObjectNode tree(FactSource source) throws FactFileException {
        try (Reader text = source.open()) {
            JsonNode tree = yaml.readTree(text);
            if (!(tree instanceof ObjectNode root)) {
                throw new FactFileException(List.of(new FactFileProblem(source.name(), 0, 0, "", "the fact file is not a mapping of fields")));
            }
            return root;
        } catch (IOException e) {
            throw new FactFileException(List.of(ProblemTranslator.translate(source, null, e)), e);
        }
    }

    /** A copy of the tree with the patch applied, as YAML text. */
    String apply(ObjectNode tree, FactPatch patch) throws FactFileException {
        ObjectNode copy = tree.deepCopy();
        patch.apply(copy);
        try {
            return yaml.write(copy);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The problems of the patched facts, each reported at the assumption that set the field (the last
     * one whose path starts with the same section), since the merged text is nowhere to be seen.
     */
    static FactFileException blame(FactFileException e, FactPatch patch) {
        List<FactFileProblem> out = new ArrayList<>();
        List<Assumption> assumed = patch.assumptions();
        for (FactFileProblem p : e.problems()) {
            Assumption culprit = null;
            for (Assumption a : assumed) {
                if (section(p.path()).equals(section(a.path()))) {
                    culprit = a;
                }
            }
            String where = culprit != null ? (culprit.source().equals("--assume") ? "--assume '" + culprit.expression() + "'" : culprit.source())
                    : assumed.stream().map(Assumption::source).distinct().reduce((x, y) -> x + ", " + y).orElse("");
            String which = culprit != null ? " (assumed: " + culprit.expression() + ")" : " (with the assumptions)";
            out.add(new FactFileProblem(where, 0, 0, p.path(), p.message() + which));
        }
        return new FactFileException(out, e);
    }

    private static String section(String path) {
        int end = 0;
        while (end < path.length() && Character.isLetterOrDigit(path.charAt(end))) {
            end++;
        }
        return path.substring(0, end);
    }
}
