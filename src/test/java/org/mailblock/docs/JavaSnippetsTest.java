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

/** Every ```java block of the README and of docs/ compiles against the library, with the imports it shows. */
class JavaSnippetsTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("^```java\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

    @TempDir
    Path classes;

    @TestFactory
    List<DynamicTest> everyJavaSnippetOfTheDocumentationCompilesWithItsImports() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        for (Path page : DocumentationPages.all()) {
            snippets.addAll(snippets(page, Files.readString(page, StandardCharsets.UTF_8)));
        }
        assertThat(snippets).as("java snippets in the documentation").hasSizeGreaterThanOrEqualTo(3);
        return snippets.stream()
                .map(s -> DynamicTest.dynamicTest(s.page + " snippet at line " + s.line, () -> assertThat(compile(s))
                        .as("%s, the java snippet at line %d, does not compile", s.page, s.line).isEmpty()))
                .toList();
    }

    /** A snippet's lines from its first, by the page and the line its code starts on. */
    record Snippet(Path page, int line, String code) {

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

    static List<Snippet> snippets(Path page, String text) {
        List<Snippet> found = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
            found.add(new Snippet(page, line, m.group(1)));
        }
        return found;
    }

    /** The compiler's errors, each with its page and line, or nothing when the snippet compiles. */
    private List<String> compile(Snippet snippet) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String name = "Snippet" + snippet.page.getFileName().toString().replaceAll("[^A-Za-z0-9]", "_") + "AtLine" + snippet.line;
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
                .map(d -> snippet.page + ":" + (snippet.line + d.getLineNumber() - 2) + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }
}
