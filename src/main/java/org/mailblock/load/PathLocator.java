package org.mailblock.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.mailblock.facts.FactProblem;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where in the file the problems found after binding are. Binding keeps no positions, so
 * that large files load fast; this rare path reads the file a second time instead. A value is
 * located where it starts; a missing field where its enclosing mapping starts.
 */
final class PathLocator {

    private final FactYaml yaml;
    private final FactJson json;

    PathLocator(FactYaml yaml, FactJson json) {
        this.yaml = yaml;
        this.json = json;
    }

    /** The problems with their positions, in file order. */
    List<FactFileProblem> locate(FactSource source, List<FactProblem> problems) {
        Set<String> wanted = new HashSet<>();
        problems.forEach(problem -> wanted.addAll(prefixes(problem.path())));
        Map<String, JsonLocation> found = positions(source, wanted);
        List<FactFileProblem> located = new ArrayList<>();
        for (FactProblem problem : problems) {
            JsonLocation location = nearest(problem.path(), found);
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            located.add(new FactFileProblem(source.name(), line, column, problem.path(), problem.message()));
        }
        located.sort(Comparator.comparingInt(FactFileProblem::line).thenComparingInt(FactFileProblem::column));
        return located;
    }

    private Map<String, JsonLocation> positions(FactSource source, Set<String> wanted) {
        Map<String, JsonLocation> found = new HashMap<>();
        try (Reader text = source.open();
             JsonParser parser = FactFormat.of(source) == FactFormat.JSON ? json.open(text) : yaml.openPlain(text)) {
            for (JsonToken token = parser.nextToken(); token != null && found.size() < wanted.size(); token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                String path = ParserPaths.of(parser);
                if (wanted.contains(path)) {
                    found.putIfAbsent(path, parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // the file was read once already; the positions found so far are the best there are
        }
        return found;
    }

    private static JsonLocation nearest(String path, Map<String, JsonLocation> found) {
        List<String> prefixes = prefixes(path);
        for (int i = prefixes.size() - 1; i >= 0; i--) {
            JsonLocation location = found.get(prefixes.get(i));
            if (location != null) {
                return location;
            }
        }
        return null;
    }

    /** The path and every enclosing path, outermost first: {@code "", "ndrs", "ndrs[2]", "ndrs[2].code"}. */
    static List<String> prefixes(String path) {
        List<String> prefixes = new ArrayList<>();
        prefixes.add("");
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                prefixes.add(path.substring(0, i));
            }
        }
        if (!path.isEmpty()) {
            prefixes.add(path);
        }
        return prefixes;
    }
}
