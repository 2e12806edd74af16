package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What {@code mvn package} gives a service that embeds mailblock, and what it keeps for the CLI jar. */
class LibraryJarIT {

    private static final Path LIBRARY = Path.of("target", "mailblock.jar");

    @Test
    void theLibraryJarCarriesTheEngineAndTheRulesButNeitherTheCliNorALoggingSetup() throws IOException {
        List<String> entries = entries(LIBRARY);
        assertThat(entries).contains("org/mailblock/engine/DiagnosisEngine.class", "mailblock-rules/catalogue.yaml",
                "mailblock-compiled-rules.properties", "mailblock-schema/facts-v1.schema.json",
                "mailblock-schema/diagnosis-v1.schema.json", "org/mailblock/report/DiagnosisSchema.class");
        assertThat(entries).noneMatch(e -> e.startsWith("org/mailblock/cli/"))
                .noneMatch(e -> e.startsWith("org/slf4j/"))
                .doesNotContain("simplelogger.properties");
    }

    @Test
    void theCliJarKeepsItsOwnLoggingBindingAndConfiguration() throws IOException {
        List<String> entries = entries(PackagedCliIT.JAR);
        assertThat(entries).contains("org/mailblock/cli/MailblockCli.class", "simplelogger.properties",
                "org/mailblock/engine/DiagnosisEngine.class");
        assertThat(entries).anyMatch(e -> e.startsWith("org/slf4j/simple/"));
    }

    @Test
    void theCliJarCarriesNeitherKafkaNorRocksDbWhichOnlyTheFleetProcessorNeeds() throws IOException {
        List<String> entries = entries(PackagedCliIT.JAR);
        assertThat(entries).contains("org/mailblock/cli/MailblockCli.class")
                .noneMatch(e -> e.startsWith("org/apache/kafka/"))
                .noneMatch(e -> e.startsWith("org/rocksdb/"))
                .noneMatch(e -> e.contains("rocksdbjni"))
                .noneMatch(e -> e.startsWith("org/mailblock/fleet/"));
    }

    @Test
    void theBuildAlsoGivesASourcesAndAJavadocJarOfTheLibrary() throws IOException {
        List<String> sources = entries(Path.of("target", "mailblock-sources.jar"));
        assertThat(sources).contains("org/mailblock/engine/DiagnosisEngine.java").noneMatch(e -> e.startsWith("org/mailblock/cli/"));
        List<String> javadoc = entries(Path.of("target", "mailblock-javadoc.jar"));
        assertThat(javadoc).contains("index.html", "org/mailblock/engine/DiagnosisEngine.html");
    }

    @Test
    void noLoggingBindingReachesAServiceThroughTheLibrarysDependencies() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
        Element dependencies = child(project, "dependencies");
        NodeList all = dependencies.getElementsByTagName("dependency");
        int bindings = 0;
        for (int i = 0; i < all.getLength(); i++) {
            Element dependency = (Element) all.item(i);
            String group = text(dependency, "groupId");
            String artifact = text(dependency, "artifactId");
            boolean binding = group.equals("org.slf4j") && !artifact.equals("slf4j-api")
                    || group.equals("ch.qos.logback") || group.equals("org.apache.logging.log4j") && artifact.contains("slf4j");
            if (!binding) {
                continue;
            }
            bindings++;
            assertThat("true".equals(text(dependency, "optional")) || "test".equals(text(dependency, "scope")))
                    .as("%s:%s must be optional or test-scoped, so that an embedding service chooses its own binding", group, artifact)
                    .isTrue();
        }
        assertThat(bindings).as("the CLI's binding is declared").isPositive();
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("pom.xml has no <" + name + ">");
    }

    private static String text(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }
}
