package org.mailblock.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailblock.load.LoadFailures.HEAD;

/**
 * The published schema and the loader agree: what one accepts the other accepts, what one refuses the
 * other refuses. Where they cannot agree, the case is listed here with the reason, so the difference
 * is deliberate and documented.
 */
class SchemaAgreementTest {

    private static final Path SAMPLES = Path.of("facts-samples");
    private static final String HEADER = FactFileSchema.editorLine("../schema/" + FactFileSchema.FILE_NAME);

    /**
     * The bad files the schema cannot refuse by itself, each with the reason; the loader refuses every one.
     * Keep this list small: a new check of the loader belongs in the schema wherever a schema can say it.
     */
    private static final Map<String, String> ONLY_THE_LOADER_REFUSES = Map.of(
            "syntax-bad-indentation", "not valid YAML: the editor's YAML parser reports it before any schema applies",
            "syntax-colon-in-value", "not valid YAML: the editor's YAML parser reports it before any schema applies",
            "syntax-tab-indentation", "not valid YAML: the editor's YAML parser reports it before any schema applies",
            "syntax-unclosed-list", "not valid YAML: the editor's YAML parser reports it before any schema applies",
            "syntax-unclosed-quote", "not valid YAML: the editor's YAML parser reports it before any schema applies",
            "duplicate-key", "YAML forbids a key twice in one mapping and editors report it; a JSON document cannot "
                    + "even hold it",
            "alias", "an alias stands for its anchor's value, so a schema sees a plain value; the loader refuses "
                    + "aliases because fact files never need them and they are how oversized documents are built",
            "two-documents", "a schema judges one document at a time; the loader refuses a second one");

    @Test
    void everySampleStartsWithTheEditorLineThatPointsAtTheSchema() {
        for (Path sample : samples()) {
            assertThat(read(sample).lines().findFirst()).as(sample.toString()).contains(HEADER);
        }
        assertThat(Files.exists(SAMPLES.resolve(HEADER.substring(HEADER.indexOf('=') + 1)))).isTrue();
    }

    @Test
    void everySampleIsValidAgainstTheSchema() {
        for (Path sample : samples()) {
            assertThat(SchemaCheck.errors(read(sample))).as(sample.toString()).isEmpty();
        }
        assertThat(samples()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void theFullExampleOfTheFormatIsValidAgainstTheSchema() {
        assertThat(SchemaCheck.errors(read(resource("/load/full.yaml")))).isEmpty();
    }

    @Test
    void theFactFileReferenceIsValidForTheLoaderAndTheSchema() {
        String reference = read(Path.of("docs", "fact-file.md"));
        int section = reference.indexOf("# Fact file reference");
        int start = reference.indexOf("```yaml\n", section) + "```yaml\n".length();
        String example = reference.substring(start, reference.indexOf("```", start));

        assertThat(example).startsWith("mailblock: 1");
        assertThat(SchemaCheck.loaderAccepts(example)).isTrue();
        assertThat(SchemaCheck.errors(example)).isEmpty();
    }

    static Stream<String> badFiles() {
        return BadFactFilesTest.badFiles().map(BadFactFilesTest.BadFile::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void everyBadFileTheLoaderRefusesTheSchemaRefusesToo(String name) {
        String text = read(resource("/load/bad/" + name + ".yaml"));
        Optional<JsonNode> document = SchemaCheck.document(text);

        assertThat(SchemaCheck.loaderAccepts(text)).isFalse();
        if (ONLY_THE_LOADER_REFUSES.containsKey(name)) {
            boolean refusedBySchema = document.isPresent() && !SchemaCheck.errors(document.get()).isEmpty();
            assertThat(refusedBySchema).as("listed as beyond the schema, yet the schema refuses it: unlist it").isFalse();
        } else {
            assertThat(document).as("a readable document").isPresent();
            assertThat(SchemaCheck.errors(document.get())).as("schema errors").isNotEmpty();
        }
    }

    @Test
    void everyFileListedAsBeyondTheSchemaIsABadFile() {
        assertThat(badFiles().toList()).containsAll(ONLY_THE_LOADER_REFUSES.keySet());
    }

    static Stream<String> acceptedByBoth() {
        return Stream.of(
                HEAD + "    smtp: 550\n    count: 9223372036854775807\n",
                HEAD.replace("  - code: 5.7.705\n", "  - smtp: 550\n    text: 'Unknown Recipient'\n"),
                HEAD.replace("  - code: 5.7.705\n", "  - code:\n    text: 'MSEXCH:IMS 0 (000C05A6) Unknown Recipient'\n"),
                HEAD + "    text:\n    sender:\n    at:\n    count:\n",
                HEAD + "    at: 2026-11-20\n",
                HEAD + "    at: 2024-02-29T00:00Z\n",
                HEAD + "    at: 2026-11-20T09:55:00.123456789+05:30\n",
                HEAD + "    at: 2026-11-20t09:55:00z\n",
                HEAD + "    at: 2026-11-20T09:55:00+01\n",
                HEAD + "    at: 2026-11-20T09:55:00-18:00\n",
                HEAD.replace("5.7.705", "' 5.7.705 '"),
                HEAD.replace("5.7.705", "4.4.7"),
                HEAD.replace("contoso.onmicrosoft.com", "Contoso.OnMicrosoft.com."),
                HEAD.replace("tenant:\n", "tenant:\n  trial:\n  hybrid: false\n  createdAt:\n"),
                HEAD + "connectors:\n",
                HEAD + "connectors: []\nadmins: []\nusers: []\nsendingDomains: []\nacceptedDomains: []\nonPremisesServers: []\n",
                HEAD + "connectors:\n  - name: From on-premises\n    senderIpAddresses: [198.51.100.7, 198.51.100.0/24, "
                        + "198.51.100.1-198.51.100.9, '2001:db8::1', 010.0.0.1, 0.0.0.0/0, 255.255.255.255/32]\n"
                        + "    senderDomains: ['*', 'smtp:*;1', contoso.com]\n    direction:\n    type: Partner\n",
                HEAD + "sendingDomains:\n  - name: contoso.com\n    via:\n  - name: mail.contoso.com\n    via: device\n",
                HEAD + "acceptedDomains:\n  - name: contoso.com\n    type: InternalRelay\n    verified:\n",
                HEAD + "admins:\n  - upn: Admin@Contoso.com\n    roles: []\n  - upn: b@contoso.com\n    roles:\n",
                HEAD + "users:\n  - upn: alice@contoso.com\n    signals: []\n  - upn: bob@contoso.com\n    signals:\n",
                HEAD + "subscription:\nonPremisesServers:\noutbound:\n",
                HEAD + "subscription:\n  status: LockedOut\n  expiredAt: 2026-11-15\n  renewedAt:\n",
                HEAD + "onPremisesServers:\n  - name: EX01\n    openRelay:\n",
                HEAD + "outbound:\n  messagesLast24h: 0\n  bulkMail:\n",
                HEAD + "    reportingServer:\n    sendingIp: '2001:db8::1'\n",
                HEAD + "    reportingServer: mx.fabrikam.example\n    sendingIp: 198.51.100.7\n",
                HEAD + "acceptedDomains:\n  - name: contoso.com\n    isDefault:\n",
                HEAD + "connectors:\n  - name: c\n    restricted: false\n",
                HEAD + "users:\n  - upn: a@contoso.com\n    forwarding: []\n    primarySmtpAddress:\n    recipientsLast24h: 0\n",
                HEAD + "users:\n  - upn: a@contoso.com\n    forwarding:\n      - address: b@gmail.example\n        by:\n",
                HEAD + "subscription:\n  purchasedLicenses: 0\n",
                HEAD + "onPremisesServers:\n  - name: EX01\n    egressIps: [198.51.100.7, '2001:db8::1']\n"
                        + "    certificateSubject:\n    certificateRenewedAt: 2026-11-18T03:00:00Z\n",
                HEAD + "outboundSpamPolicies:\n",
                HEAD + "outboundSpamPolicies:\n  - name: Default\n    autoForwardingMode: Off\n    from: []\n    fromMemberOf:\n"
                        + "    senderDomainIs: [contoso.com]\n    recipientLimitPerDay: 10000\n",
                HEAD + "limitsEnforcementStatus:\n  observedValue: 0\n  threshold:\n  verdict: Exceeded\n  enforcementEnabled: false\n",
                HEAD + "expect:\n",
                HEAD + "expect:\n  causes: []\n  actions: []\n  questions: []\n",
                HEAD + "expect:\n  causes:\n  actions:\n  questions:\n",
                HEAD + "expect:\n  causes: [{compromised-accounts: possible}, {x1: likely}]\n  actions: [request-unblock: done]\n");
    }

    @ParameterizedTest
    @MethodSource("acceptedByBoth")
    void whatTheLoaderAcceptsTheSchemaAccepts(String yaml) {
        assertThat(SchemaCheck.loaderAccepts(yaml)).as("loader accepts").isTrue();
        assertThat(SchemaCheck.errors(yaml)).as("schema errors").isEmpty();
    }

    static Stream<String> refusedByBoth() {
        List<String> cases = new ArrayList<>(List.of(
                HEAD.replace("mailblock: 1", "mailblock: '1'"),
                HEAD.replace("mailblock: 1", "mailblock: 0"),
                HEAD.replace("mailblock: 1", "mailblock:"),
                HEAD.replace("2026-11-20T10:00:00Z", ""),
                HEAD.replace("tenant:\n  name: contoso.onmicrosoft.com\n", "tenant:\n"),
                HEAD.replace("tenant:\n  name: contoso.onmicrosoft.com\n", "tenant: [c]\n"),
                HEAD.replace("name: contoso.onmicrosoft.com", "name: '.'"),
                HEAD.replace("name: contoso.onmicrosoft.com", "name: '  '"),
                HEAD.replace("name: contoso.onmicrosoft.com", "name:"),
                HEAD.replace("name: contoso.onmicrosoft.com", "name: true"),
                HEAD.replace("name: contoso.onmicrosoft.com", "name: [c]"),
                HEAD.replace("  - code: 5.7.705\n", ""),
                HEAD.replace("5.7.705", "2.999.0"),
                HEAD + "  -\n",
                HEAD.replace("  - code: 5.7.705\n", "  - smtp: 550\n"),
                HEAD.replace("  - code: 5.7.705\n", "  - smtp: 550\n    text: '  '\n"),
                HEAD.replace("  - code: 5.7.705\n", "  - code:\n    smtp: 550\n"),
                HEAD + "    code2: 5.7.705\n",
                HEAD + "sendingDomains:\n  - via: cloud\n",
                HEAD + "sendingDomains:\n  - name: contoso.com\n    via: on-premises\n",
                HEAD + "sendingDomains: contoso.com\n",
                HEAD + "acceptedDomains:\n  - type: Authoritative\n",
                HEAD + "acceptedDomains:\n  - name: contoso.com\n    type: authoritative\n",
                HEAD + "acceptedDomains:\n  - name: contoso.com\n    verified: 'true'\n",
                HEAD + "connectors: {}\n",
                HEAD + "connectors: ['c']\n",
                HEAD + "connectors:\n  - name: '   '\n",
                HEAD + "connectors:\n  - name: c\n    enabled: 1\n",
                HEAD + "connectors:\n  - name: c\n    senderDomains: [true]\n",
                HEAD + "admins:\n  - upn: '  '\n",
                HEAD + "admins:\n  - upn: a@contoso.com\n    roles: [1]\n",
                HEAD + "admins:\n  - upn: a@contoso.com\n    roles: [Global Administrator, ]\n    mfa: no\n",
                HEAD + "users:\n  - restricted: true\n",
                HEAD + "users: [{upn: a, signals: riskySignIn}]\n",
                HEAD + "users: [{upn: a, signals: [riskySignIn, null]}]\n",
                HEAD + "onPremisesServers:\n  - lockedDown: true\n",
                HEAD + "subscription: {status: 1}\n",
                HEAD + "subscription: {status: enabled}\n",
                HEAD + "subscription: []\n",
                HEAD + "outbound: {messagesLast24h: '12'}\n",
                HEAD + "outbound: {messagesLast24h: -1}\n",
                HEAD + "outbound: {bulkMail: {}}\n",
                HEAD + "outbound: {bulkMail: true, volume: 3}\n",
                HEAD + "    sendingIp: [198.51.100.7]\n",
                HEAD + "    sendingIp: 198.51.100.7-198.51.100.9\n",
                HEAD + "acceptedDomains:\n  - name: contoso.com\n    isDefault: 'true'\n",
                HEAD + "users:\n  - upn: a@contoso.com\n    forwarding: [b@gmail.example]\n",
                HEAD + "users:\n  - upn: a@contoso.com\n    forwarding:\n      - address: b@gmail.example\n        by: rule\n",
                HEAD + "users:\n  - upn: a@contoso.com\n    recipientsLast24h: -1\n",
                HEAD + "onPremisesServers:\n  - name: EX01\n    egressIps: [contoso.com]\n",
                HEAD + "outboundSpamPolicies: {name: Default}\n",
                HEAD + "outboundSpamPolicies:\n  - name: Default\n    actionWhenThresholdReached: blockUser\n",
                HEAD + "outboundSpamPolicies:\n  - name: Default\n    recipientLimitInternalPerHour: 10001\n",
                HEAD + "outboundSpamPolicies:\n  - name: Default\n    scope: everyone\n",
                HEAD + "limitsEnforcementStatus: {threshold: 1.5}\n",
                HEAD + "limitsEnforcementStatus: []\n",
                HEAD + "expect: [compromised-accounts]\n",
                HEAD + "expect:\n  plan: []\n"));
        for (String code : List.of("'550'", "'5.7'", "5.7", "5.7.705.1", "'#5.7.705'", "x.7.705", "3.7.705", "5.7.7050",
                "'5 .7.705'", "550")) {
            cases.add(HEAD.replace("5.7.705", code));
        }
        for (String count : List.of("0", "-1", "14.5", "'14'", "true", "99999999999999999999")) {
            cases.add(HEAD + "    count: " + count + "\n");
        }
        for (String smtp : List.of("199", "600", "0", "-550", "550.5", "'550'", "99999999999")) {
            cases.add(HEAD + "    smtp: " + smtp + "\n");
        }
        for (String date : List.of("2026-13-01", "2026-02-30", "2025-02-29", "1900-02-29", "yesterday",
                "2026-11-20T25:00:00Z", "2026-11-20T10:00:00+25:00", "2026-11-20T10:00:00+18:30", "20-11-2026",
                "2026-11-20Z", "'2026-11-20T10:00:00 Z'", "2026-11-20T09:55:00", "'2026-11-20 09:55:00Z'",
                "2026-11-20T09:55:00+0100", "2026-11-20T09:55:00.1234567891Z", "2026-11-20T9:55:00Z", "20261120",
                "'2026-11-20T10:00:60Z'", "2026-04-31")) {
            cases.add(HEAD + "    at: " + date + "\n");
        }
        for (String address : List.of("10.0.0.256", "1.2.3", "1.2.3.4/33", "1.2.3.4/", "1.2.3.4-1.2.3", "' 1.2.3.4'",
                "1.2.3.4.5", "1..3.4", "0001.2.3.4", "1.2.3.4/033", "contoso.com")) {
            cases.add(HEAD + "connectors:\n  - name: c\n    senderIpAddresses: [" + address + "]\n");
        }
        for (String expect : List.of("causes: [compromised-accounts: sure]", "causes: [compromised-accounts: Confirmed]",
                "actions: [enable-admin-mfa: finished]", "causes: [Open_Relay: likely]", "causes: [{}]",
                "causes: [{a: likely, b: likely}]", "causes: [open-relay]", "causes: [open-relay: 1]",
                "causes: open-relay", "questions: [admin-mfa, 7]", "questions: [admin-mfa, admin--mfa]",
                "questions: [-admin]", "questions: admin-mfa", "questions: [admin-mfa, null]",
                "actions: [request-unblock: likely]", "causes: [compromised-accounts: required]")) {
            cases.add(HEAD + "expect:\n  " + expect + "\n");
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("refusedByBoth")
    void whatTheLoaderRefusesTheSchemaRefuses(String yaml) {
        assertThat(SchemaCheck.loaderAccepts(yaml)).as("loader accepts").isFalse();
        assertThat(SchemaCheck.schemaAccepts(yaml)).as("schema accepts").isFalse();
    }

    /**
     * Texts the loader refuses and the schema cannot: JSON has one kind of number, so 1e3 and 14.0 are
     * whole numbers to a schema, while the loader wants whole numbers written as such.
     */
    static Stream<String> refusedByTheLoaderOnly() {
        return Stream.of(
                HEAD + "outbound: {messagesLast24h: 1e3}\n",
                HEAD + "    count: 14.0\n",
                HEAD + "    smtp: 550.0\n",
                HEAD.replace("mailblock: 1", "mailblock: 1.0"));
    }

    @ParameterizedTest
    @MethodSource("refusedByTheLoaderOnly")
    void wholeNumbersWrittenAsDecimalsAreTheOnlyValuesOnlyTheLoaderRefuses(String yaml) {
        assertThat(SchemaCheck.loaderAccepts(yaml)).as("loader accepts").isFalse();
        assertThat(SchemaCheck.schemaAccepts(yaml)).as("schema accepts").isTrue();
    }

    @Test
    void datesAgreeDayByDayOverLeapAndCenturyYears() {
        Pattern date = Pattern.compile(SchemaCheck.schemaTree().at("/definitions/date/pattern").asText());
        List<String> disagreements = new ArrayList<>();
        for (int year : List.of(1900, 1996, 2000, 2023, 2024, 2026, 2100, 2400)) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    compareDate(date, text, disagreements);
                    compareDate(date, text + "T10:00:00Z", disagreements);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void timesAndZonesAgree() {
        Pattern date = Pattern.compile(SchemaCheck.schemaTree().at("/definitions/date/pattern").asText());
        List<String> disagreements = new ArrayList<>();
        List<String> times = List.of("", "T00:00", "T23:59", "T24:00", "T10:60", "T10:00:00", "T10:00:59", "T10:00:60",
                "T10:00:00.", "T10:00:00.5", "T10:00:00.123456789", "T10:00:00.1234567890", "t10:00:00", "T1:00:00",
                "T10:0:00", "T10:00:0", " 10:00:00", "T10:00.5", "T10");
        List<String> zones = List.of("", "Z", "z", "+00:00", "-00:00", "+01", "+1", "+0100", "+01:00", "+01:0",
                "+01:00:30", "+01:00:60", "+01:60", "+17:59", "+18", "+18:00", "+18:00:00", "+18:00:01", "+18:01", "-18:00",
                "+19:00", "UTC", " Z", "Z ");
        for (String time : times) {
            for (String zone : zones) {
                compareDate(date, "2026-11-20" + time + zone, disagreements);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static void compareDate(Pattern schemaDate, String text, List<String> disagreements) {
        boolean loader;
        try {
            FactDates.parse(text);
            loader = true;
        } catch (IllegalArgumentException e) {
            loader = false;
        }
        boolean schema = schemaDate.matcher(text).find();
        if (loader != schema) {
            disagreements.add(text + " loader=" + loader + " schema=" + schema);
        }
    }

    private static List<Path> samples() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(SchemaAgreementTest.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
