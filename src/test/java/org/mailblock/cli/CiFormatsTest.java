package org.mailblock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** {@code test --format junit} is valid JUnit XML and {@code check --format sarif} valid SARIF 2.1.0, by their schemas. */
class CiFormatsTest {

    private static final Path SCHEMAS = Path.of("src/test/resources/ci");
    private static final String SAMPLE = "renewal-days-ago.yaml";

    @TempDir
    Path dir;

    @Test
    void junitReportHasOneCasePerSampleWithFailuresAndErrorsAndFollowsTheSchema() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Files.copy(Path.of("facts-samples", SAMPLE), samples.resolve("a-passing.yaml"));
        String text = Files.readString(Path.of("facts-samples", SAMPLE));
        Files.writeString(samples.resolve("b-failing.yaml"), text.replace("enable-admin-mfa: done", "enable-admin-mfa: required"));
        Files.writeString(samples.resolve("c-broken & <odd>.yaml"), "mailblock: 1\ncollectedAt: [not, a, time]\n");

        CliRun run = CliRun.of("test", "--format", "junit", "--rules", "rules", samples.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        validateJUnit(run.out());
        Document report = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(run.out())));
        Element suite = report.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(report.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        Element failure = (Element) report.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).endsWith("b-failing.yaml");
        assertThat(failure.getTextContent()).contains("enable-admin-mfa");
        Element error = (Element) report.getElementsByTagName("error").item(0);
        assertThat(((Element) error.getParentNode()).getAttribute("name")).endsWith("c-broken & <odd>.yaml");
    }

    @Test
    void junitReportOfAPassingRunFollowsTheSchema() throws Exception {
        CliRun run = CliRun.of("test", "--format", "junit", "--rules", "rules", "facts-samples/" + SAMPLE);

        assertThat(run.exitCode()).isZero();
        validateJUnit(run.out());
        assertThat(run.out()).contains("tests=\"1\" failures=\"0\" errors=\"0\"");
    }

    @Test
    void junitIsNotAFormatForMutationRuns() {
        CliRun run = CliRun.of("test", "--mutate", "--format", "junit", "--rules", "rules", "facts-samples/" + SAMPLE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--format junit reports samples");
    }

    @Test
    void sarifOfARuleBaseWithFindingsNamesCheckFileLineAndColumnAndFollowsTheSchema() throws Exception {
        Path rules = copyRules(dir.resolve("my rules"));
        Path drl = rules.resolve("causes-relay.drl");
        String text = Files.readString(drl);
        // a rule without its one-line comment, and a conclusion the catalogue does not define
        Files.writeString(drl, text.replace("// An open relay that sends through Exchange Online passes anyone's spam into the tenant.\n", "")
                .replaceFirst("\"compromised-on-premises-server\"", "\"compromised-on-premises-servr\""));

        CliRun run = CliRun.of("check", "--format", "sarif", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_BROKEN);
        assertThat(sarifErrors(run.out())).isEmpty();
        JsonNode sarifRun = new ObjectMapper().readTree(run.out()).get("runs").get(0);
        assertThat(sarifRun.at("/tool/driver/name").asText()).isEqualTo("mailblock");
        List<String> ruleIds = sarifRun.at("/tool/driver/rules").findValuesAsText("id");
        assertThat(ruleIds).contains("compiler", "metadata", "catalogue");
        List<JsonNode> results = Stream.of(sarifRun.get("results")).flatMap(r -> java.util.stream.StreamSupport.stream(r.spliterator(), false)).toList();
        assertThat(results).anySatisfy(r -> {
            assertThat(r.get("ruleId").asText()).isEqualTo("metadata");
            assertThat(r.get("level").asText()).isEqualTo("error");
            assertThat(r.at("/message/text").asText()).contains("comment");
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("my%20rules/causes-relay.drl");
            assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
        });
        assertThat(results).anySatisfy(r -> {
            assertThat(r.get("ruleId").asText()).isEqualTo("catalogue");
            assertThat(r.at("/message/text").asText()).contains("compromised-on-premises-servr");
            assertThat(r.at("/locations/0/physicalLocation/region/startColumn").asInt()).isPositive();
            assertThat(ruleIds.get(r.get("ruleIndex").asInt())).isEqualTo("catalogue");
        });
    }

    @Test
    void sarifOfTheProjectsRulesFollowsTheSchema() throws Exception {
        CliRun run = CliRun.of("check", "--format", "sarif", "--rules", "rules");

        assertThat(run.exitCode()).isZero();
        assertThat(sarifErrors(run.out())).isEmpty();
        assertThat(new ObjectMapper().readTree(run.out()).get("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void theAuthoringGuidesWorkflowUploadsWhatItsCommandsWriteAndBothAreValid() throws Exception {
        Matcher block = Pattern.compile("<!-- ci: github-actions -->\\n```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("rules", "README.md")));
        assertThat(block.find()).as("the workflow in rules/README.md").isTrue();
        JsonNode steps = new YAMLMapper().readTree(block.group(1)).at("/jobs/rules/steps");
        Map<String, String> written = new LinkedHashMap<>();
        List<String> uploaded = new ArrayList<>();
        for (JsonNode step : steps) {
            String command = step.path("run").asText("");
            if (command.startsWith("./mailblock ")) {
                String[] redirected = command.substring("./mailblock ".length()).split(" > ");
                CliRun run = CliRun.of(redirected[0].split(" "));
                assertThat(run.exitCode()).as(command + "\n" + run.err()).isZero();
                written.put(redirected[1].strip(), run.out());
            }
            for (String file : List.of("sarif_file", "report_paths")) {
                if (step.path("with").has(file)) {
                    uploaded.add(step.path("with").get(file).asText());
                }
            }
        }
        assertThat(uploaded).containsExactlyInAnyOrderElementsOf(written.keySet()).hasSize(2);
        assertThat(sarifErrors(written.get("mailblock.sarif"))).isEmpty();
        validateJUnit(written.get("mailblock-samples.xml"));
    }

    private static void validateJUnit(String xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(SCHEMAS.resolve("JUnit.xsd").toFile()).newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    private static List<String> sarifErrors(String sarif) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(SCHEMAS.resolve("sarif-schema-2.1.0.json"), StandardCharsets.UTF_8), InputFormat.JSON);
        return schema.validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Path copyRules(Path target) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(f -> {
                try {
                    Files.copy(f, target.resolve(source.relativize(f).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }
}
