package org.mailblock.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every ```java block of the README compiles against the library, with the imports it shows. */
class ReadmeJavaSnippetsTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("^```java\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

    @TempDir
    Path classes;

    @TestFactory
    List<DynamicTest> everyJavaSnippetOfTheReadmeCompilesWithItsImports() throws IOException {
        List<Snippet> snippets = snippets(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(snippets).as("java snippets in README.md").isNotEmpty();
        return snippets.stream()
                .map(s -> DynamicTest.dynamicTest("README.md snippet at line " + s.line, () -> assertThat(compile(s))
                        .as("README.md, the java snippet at line %d, does not compile", s.line).isEmpty()))
                .toList();
    }

    /** A snippet's lines from its first, by the README line its code starts on. */
    record Snippet(int line, String code) {

        /** A class with the snippet's imports on top and the rest of its lines as the body of a method. */
        String asClass(String name) {
            List<String> imports = new ArrayList<>();
            List<String> body = new ArrayList<>();
            for (String line : code.split("\n", -1)) {
                boolean isImport = line.startsWith("import ");
                if (isImport) {
                    imports.add(line);
                }
                // an import leaves a blank line behind, so that line N + 1 of the class is line N of the snippet
                body.add(isImport ? "" : line);
            }
            return String.join(" ", imports) + " public class " + name + " { void snippet() throws Exception {\n"
                    + String.join("\n", body) + "\n} }\n";
        }
    }

    static List<Snippet> snippets(String readme) {
        List<Snippet> found = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(readme);
        while (m.find()) {
            int line = (int) readme.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
            found.add(new Snippet(line, m.group(1)));
        }
        return found;
    }

    /** The compiler's errors, each with its README line, or nothing when the snippet compiles. */
    private List<String> compile(Snippet snippet) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String name = "ReadmeSnippetAtLine" + snippet.line;
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return snippet.asClass(name);
            }
        };
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(problems, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                    "-proc:none");
            javac.getTask(null, files, problems, options, null, List.of(source)).call();
        }
        return problems.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> "README.md:" + (snippet.line + d.getLineNumber() - 2) + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }
}
