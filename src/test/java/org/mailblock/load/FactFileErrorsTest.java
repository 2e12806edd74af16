package org.mailblock.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailblock.load.LoadFailures.HEAD;
import static org.mailblock.load.LoadFailures.failureOf;
import static org.mailblock.load.LoadFailures.onlyProblem;
import static org.mailblock.load.LoadFailures.position;

class FactFileErrorsTest {

    @Test
    void yamlSyntaxErrorIsReportedWhereTheParserStopped() {
        FactFileProblem problem = onlyProblem(HEAD + "    text: \"Access denied\n");

        assertThat(problem.file()).isEqualTo("test.yaml");
        assertThat(position(problem)).isEqualTo("8:1");
        assertThat(problem.path()).isEqualTo("ndrs[0].text");
        assertThat(problem.message()).isEqualTo("YAML syntax error: found unexpected end of stream (while scanning a "
                + "quoted scalar that starts at line 7, column 11); a quote or bracket is not closed");
    }

    @Test
    void unknownFieldIsRejectedWithTheAllowedNames() {
        FactFileProblem problem = onlyProblem(HEAD + "    reason: spam\n");

        assertThat(position(problem)).isEqualTo("7:5");
        assertThat(problem.path()).isEqualTo("ndrs[0].reason");
        assertThat(problem.message()).isEqualTo("unknown field 'reason'; allowed here: code, smtp, text, sender, "
                + "recipient, at, count, reportingServer, sendingIp");
    }

    @ParameterizedTest
    @CsvSource({"createdat, createdAt", "CreatedAt, createdAt", "createAt, createdAt", "recognised, recognized",
            "senderIPAddresses, senderIpAddresses"})
    void unknownFieldSuggestsTheClosestAllowedName(String typed, String meant) {
        FactFileProblem problem = onlyProblem(HEAD + "connectors:\n  - name: c\n    " + typed + ": x\n");

        assertThat(problem.path()).isEqualTo("connectors[0]." + typed);
        assertThat(problem.message()).contains("did you mean '" + meant + "'?");
    }

    @Test
    void duplicateKeyIsRejectedAtItsSecondOccurrence() {
        FactFileProblem problem = onlyProblem(HEAD + "    smtp: 550\n    count: 2\n    smtp: 554\n");

        assertThat(position(problem)).isEqualTo("9:5");
        assertThat(problem.path()).isEqualTo("ndrs[0].smtp");
        assertThat(problem.message()).isEqualTo("duplicate key 'smtp': a field may appear only once in a mapping");
    }

    @Test
    void duplicateSectionIsRejected() {
        FactFileProblem problem = onlyProblem(HEAD + "tenant:\n  name: fabrikam.onmicrosoft.com\n");

        assertThat(position(problem)).isEqualTo("7:1");
        assertThat(problem.path()).isEqualTo("tenant");
        assertThat(problem.message()).startsWith("duplicate key 'tenant'");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            tenant:\\n  name: c\\n  trial: 1                  | tenant.trial     | expected true or false; found the number 1
            tenant:\\n  name: c\\n  trial: 'false'            | tenant.trial     | expected true or false; found text 'false' (write it without quotes)
            tenant:\\n  name: c\\n  hybrid: no               | tenant.hybrid    | expected true or false; found text 'no'
            tenant:\\n  name: true                            | tenant.name      | expected text; found true
            tenant:\\n  name: [c]                             | tenant.name      | expected text; found a list
            tenant: [c]                                        | tenant           | expected a mapping with the fields name, trial, createdAt, hybrid; found a list
            outbound: {messagesLast24h: 1e3}                   | outbound.messagesLast24h | expected a whole number; found the number 1e3
            outbound: {messagesLast24h: '12'}                  | outbound.messagesLast24h | expected a whole number; found text '12' (write it without quotes)
            outbound: {bulkMail: {}}                           | outbound.bulkMail | expected true or false; found a mapping
            connectors: {}                                     | connectors       | expected a list; found a mapping
            connectors: ['c']                                  | connectors[0]    | expected a mapping with the fields name, direction
            users: [{upn: a, signals: riskySignIn}]            | users[0].signals | expected a list; found text 'riskySignIn'
            subscription: {status: 1}                          | subscription.status | expected one of Enabled, Warning, Suspended, LockedOut, Deleted; found the number 1
            """)
    void wrongTypesSayWhatWasExpectedAndWhatWasFound(String section, String path, String message) {
        String yaml = section.startsWith("tenant")
                ? "mailblock: 1\ncollectedAt: 2026-11-20T10:00:00Z\n" + section.replace("\\n", "\n")
                        + "\nndrs:\n  - code: 5.7.705\n"
                : HEAD + section + "\n";

        FactFileProblem problem = onlyProblem(yaml);

        assertThat(problem.path()).isEqualTo(path);
        assertThat(problem.message()).startsWith(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "2025-02-29", "yesterday", "2026-11-20T25:00:00Z",
            "2026-11-20T10:00:00+25:00", "20-11-2026", "2026-11-20Z", "2026-11-20T10:00:00 Z"})
    void invalidDatesAreRejectedSayingWhatADateLooksLike(String date) {
        FactFileProblem problem = onlyProblem(HEAD + "    at: " + date + "\n");

        assertThat(position(problem)).isEqualTo("7:9");
        assertThat(problem.path()).isEqualTo("ndrs[0].at");
        assertThat(problem.message()).startsWith("invalid date '" + date + "'")
                .contains("2026-11-20", "2026-11-20T10:00:00Z");
    }

    @Test
    void dateTimeWithoutZoneAsksForAZone() {
        FactFileProblem problem = onlyProblem(HEAD + "    at: 2026-11-20T09:55:00\n");

        assertThat(problem.message()).isEqualTo("the date-time '2026-11-20T09:55:00' has no zone; add a zone, for "
                + "example Z for UTC (2026-11-20T09:55:00Z) or an offset such as +01:00");
    }

    @Test
    void dateWithASpaceBeforeTheTimeAsksForAT() {
        FactFileProblem problem = onlyProblem(HEAD + "    at: 2026-11-20 09:55:00Z\n");

        assertThat(problem.message()).contains("write a 'T' between the date and the time");
    }

    @Test
    void invalidEnumValueListsTheAllowedSpellings() {
        FactFileProblem problem = onlyProblem(HEAD + "sendingDomains:\n  - name: contoso.com\n    via: on-premises\n");

        assertThat(position(problem)).isEqualTo("9:10");
        assertThat(problem.path()).isEqualTo("sendingDomains[0].via");
        assertThat(problem.message()).isEqualTo("unknown value 'on-premises' (did you mean 'onPremises'?); "
                + "allowed (exact spelling): cloud, onPremises, forwarding, device");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'550'", "'5.7'", "5.7.705.1", "'#5.7.705'", "x.7.705"})
    void ndrCodeMustHaveTheFormDigitDotDigitDotDigit(String code) {
        FactFileProblem problem = onlyProblem(HEAD.replace("5.7.705", code));

        assertThat(position(problem)).isEqualTo("6:11");
        assertThat(problem.path()).isEqualTo("ndrs[0].code");
        assertThat(problem.message()).startsWith("expected an enhanced status code of the form d.d.d, for example 5.7.705; found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-14"})
    void countsBelowOneAreRejected(String count) {
        FactFileProblem problem = onlyProblem(HEAD + "    count: " + count + "\n");

        assertThat(position(problem)).isEqualTo("7:12");
        assertThat(problem.path()).isEqualTo("ndrs[0].count");
        assertThat(problem.message()).isEqualTo("count must be 1 or more (how many NDRs like this one were seen); found "
                + count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"199", "600", "0", "-550"})
    void smtpCodeOutsideTwoHundredToFiveNinetyNineIsRejected(String smtp) {
        FactFileProblem problem = onlyProblem(HEAD + "    smtp: " + smtp + "\n");

        assertThat(problem.path()).isEqualTo("ndrs[0].smtp");
        assertThat(problem.message()).contains("from 200 to 599").endsWith("found " + smtp);
    }

    @Test
    void negativeMessageCountIsRejected() {
        FactFileProblem problem = onlyProblem(HEAD + "outbound:\n  messagesLast24h: -1\n");

        assertThat(position(problem)).isEqualTo("8:20");
        assertThat(problem.message()).isEqualTo("must be 0 or more; found -1");
    }

    @Test
    void missingVersionIsReportedAtTheTopMapping() {
        FactFileProblem problem = onlyProblem(HEAD.replace("mailblock: 1\n", ""));

        assertThat(position(problem)).isEqualTo("1:1");
        assertThat(problem.path()).isEqualTo("mailblock");
        assertThat(problem.message()).isEqualTo("missing required field 'mailblock' (the format version; write: mailblock: 1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "2", "10"})
    void unsupportedVersionIsReportedAtTheVersion(String version) {
        FactFileProblem problem = onlyProblem(HEAD.replace("mailblock: 1", "mailblock: " + version));

        assertThat(position(problem)).isEqualTo("1:12");
        assertThat(problem.message()).isEqualTo("unsupported format version " + version + "; this release reads version 1");
    }

    @Test
    void versionGivenAsTextIsAWrongType() {
        FactFileProblem problem = onlyProblem(HEAD.replace("mailblock: 1", "mailblock: '1'"));

        assertThat(problem.path()).isEqualTo("mailblock");
        assertThat(problem.message()).isEqualTo("expected a whole number; found text '1' (write it without quotes)");
    }

    @Test
    void missingRequiredFieldsAreReportedAtTheMappingThatLacksThem() {
        FactFileException failure = failureOf("""
                mailblock: 1
                tenant:
                  trial: true
                ndrs:
                  - smtp: 550
                admins:
                  - mfa: false
                """);

        assertThat(failure.problems()).extracting(problem -> position(problem) + " " + problem.path()).containsExactly(
                "1:1 collectedAt", "3:3 tenant.name", "5:5 ndrs[0].code", "7:5 admins[0].upn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "# nothing collected yet\n", "  # indented comment\n\n# another\n", "---\n",
            "---\n...\n"})
    void emptyFileIsReportedAtTheStart(String text) {
        FactFileProblem problem = onlyProblem(text);

        assertThat(position(problem)).isEqualTo("1:1");
        assertThat(problem.path()).isEmpty();
        assertThat(problem.message()).isEqualTo("the file is empty; a fact file starts with 'mailblock: 1'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            - mailblock: 1               | a list
            mailblock                    | text 'mailblock'
            42                           | the number 42
            """)
    void topLevelMustBeAMapping(String text, String found) {
        FactFileProblem problem = onlyProblem(text);

        assertThat(position(problem)).isEqualTo("1:1");
        assertThat(problem.message()).isEqualTo("the top level of a fact file is a mapping of fields, starting with "
                + "'mailblock: 1'; found " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ndrs: []\n", "ndrs:\n", ""})
    void noNdrAtAllIsAnError(String ndrs) {
        FactFileProblem problem = onlyProblem("""
                mailblock: 1
                collectedAt: 2026-11-20T10:00:00Z
                tenant:
                  name: contoso.onmicrosoft.com
                """ + ndrs);

        assertThat(problem.path()).isEqualTo("ndrs");
        assertThat(problem.message()).isEqualTo("no NDR: list at least one under ndrs, with its code");
    }

    @Test
    void missingFileIsReportedUnderTheNameGiven(@TempDir Path directory) {
        Path file = directory.resolve("nowhere.yaml");

        FactFileProblem problem = failureOf(() -> FactFileLoader.standard().load(file)).problems().get(0);

        assertThat(problem).isEqualTo(new FactFileProblem(file.toString(), 0, 0, "", "file not found"));
        assertThat(problem.format()).isEqualTo(file + ": file not found");
    }

    @Test
    void directoryIsNotAFactFile(@TempDir Path directory) {
        FactFileProblem problem = failureOf(() -> FactFileLoader.standard().load(directory)).problems().get(0);

        assertThat(problem.message()).isEqualTo("this is a directory, not a fact file");
    }

    @Test
    void unreadableFileIsReported(@TempDir Path directory) throws Exception {
        Path file = ReadDenyingFileSystem.unreadable(Files.writeString(directory.resolve("secret.yaml"), HEAD));

        FactFileProblem problem = failureOf(() -> FactFileLoader.standard().load(file)).problems().get(0);

        assertThat(problem).isEqualTo(new FactFileProblem(file.toString(), 0, 0, "", "cannot read the file: permission denied"));
        assertThat(problem.format()).isEqualTo(file + ": cannot read the file: permission denied");
    }

    @Test
    void fileThatBecomesUnreadableAfterTheCheckIsReportedTheSameWay(@TempDir Path directory) throws Exception {
        Path file = ReadDenyingFileSystem.deniedOnRead(Files.writeString(directory.resolve("secret.yaml"), HEAD));

        FactFileProblem problem = failureOf(() -> FactFileLoader.standard().load(file)).problems().get(0);

        assertThat(problem.format()).isEqualTo(file + ": cannot read the file: permission denied");
    }

    @Test
    void fileThatIsNotUtf8IsReportedAtItsFirstBadByte(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("latin1.yaml");
        Files.write(file, (HEAD + "    text: \"Accès refusé\"\n").getBytes(StandardCharsets.ISO_8859_1));

        FactFileProblem problem = failureOf(() -> FactFileLoader.standard().load(file)).problems().get(0);

        assertThat(position(problem)).isEqualTo("7:15");
        assertThat(problem.message()).isEqualTo("the file is not UTF-8 text: byte 0xE8 is not valid UTF-8; "
                + "save the file as UTF-8");
    }

    @Test
    void fileCutInTheMiddleOfACharacterIsNotUtf8(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("cut.yaml");
        byte[] text = (HEAD + "    text: \"é").getBytes(StandardCharsets.UTF_8);
        Files.write(file, java.util.Arrays.copyOf(text, text.length - 1));

        FactFileProblem problem = failureOf(() -> FactFileLoader.standard().load(file)).problems().get(0);

        assertThat(position(problem)).isEqualTo("7:12");
        assertThat(problem.message()).contains("not UTF-8", "0xC3");
    }

    @Test
    void utf16FileIsRecognizedByItsByteOrderMark(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("utf16.yaml");
        Files.write(file, ("\uFEFF" + HEAD).getBytes(StandardCharsets.UTF_16LE));

        FactFileProblem problem = failureOf(() -> FactFileLoader.standard().load(file)).problems().get(0);

        assertThat(position(problem)).isEqualTo("1:1");
        assertThat(problem.message()).contains("UTF-16", "save it as UTF-8");
    }

    @Test
    void controlCharacterIsReportedWhereItIsEvenFarIntoTheFile() {
        StringBuilder yaml = new StringBuilder(HEAD);
        for (int i = 0; i < 5_000; i++) {
            yaml.append("  - code: 5.7.705\n    text: \"caf\u00e9 \uD83D\uDE00 number ").append(i).append("\"\n");
        }
        yaml.append("  - code: 5.7.705\n    text: \"bad \u0007 bell\"\n");

        FactFileProblem problem = onlyProblem(yaml.toString());

        assertThat(position(problem)).isEqualTo((6 + 2 * 5_000 + 2) + ":16");
        assertThat(problem.message()).contains("character YAML does not allow (U+0007)");
    }

    @Test
    void multipleDocumentsAreRejected() {
        FactFileProblem problem = onlyProblem(HEAD + "---\n" + HEAD);

        assertThat(position(problem)).isEqualTo("8:1");
        assertThat(problem.path()).isEmpty();
        assertThat(problem.message()).startsWith("one fact file holds one YAML document");
    }

    @Test
    void emptySecondDocumentIsStillASecondDocument() {
        FactFileProblem problem = onlyProblem(HEAD + "---\n");

        assertThat(problem.message()).startsWith("one fact file holds one YAML document");
    }

    @Test
    void aliasIsRejectedWhereItStands() {
        FactFileProblem problem = onlyProblem(HEAD + "admins:\n  - upn: &boss admin@contoso.com\nusers:\n  - upn: *boss\n");

        assertThat(position(problem)).isEqualTo("10:10");
        assertThat(problem.path()).isEqualTo("users[0].upn");
        assertThat(problem.message()).isEqualTo("YAML aliases (*boss) are not supported in fact files; write the value out");
    }

    @Test
    void aliasForAWholeMappingIsRejected() {
        FactFileProblem problem = onlyProblem(HEAD.replace("tenant:\n  name: contoso.onmicrosoft.com\n", "tenant: *t\n"));

        assertThat(problem.path()).isEqualTo("tenant");
        assertThat(problem.message()).startsWith("YAML aliases (*t) are not supported");
    }

    @Test
    void aliasUsedAsAKeyIsRejected() {
        FactFileProblem problem = onlyProblem(HEAD + "outbound:\n  &k bulkMail: true\n  *k : false\n");

        assertThat(position(problem)).isEqualTo("9:3");
        assertThat(problem.path()).isEqualTo("outbound");
        assertThat(problem.message()).startsWith("YAML aliases (*k) are not supported");
    }

    @Test
    void keyThatIsAListIsRejected() {
        FactFileProblem problem = onlyProblem(HEAD + "outbound:\n  ? [bulkMail, messagesLast24h]\n  : true\n");

        assertThat(position(problem)).isEqualTo("8:5");
        assertThat(problem.path()).isEqualTo("outbound");
        assertThat(problem.message()).isEqualTo("a key must be plain text; a list or mapping cannot be a key");
    }

    @Test
    void problemsFoundAfterReadingAreAllReportedInFileOrder() {
        FactFileException failure = failureOf("""
                outbound:
                  messagesLast24h: -5
                ndrs:
                  - code: '550'
                    count: 0
                  -
                mailblock: 3
                tenant:
                  name: contoso.onmicrosoft.com
                connectors:
                  - senderIpAddresses: [10.0.0.256]
                """);

        assertThat(failure.problems()).extracting(problem -> position(problem) + " " + problem.path()).containsExactly(
                "1:1 collectedAt",
                "2:20 outbound.messagesLast24h",
                "4:11 ndrs[0].code",
                "5:12 ndrs[0].count",
                "6:4 ndrs[1]",
                "7:12 mailblock",
                "11:5 connectors[0].name",
                "11:25 connectors[0].senderIpAddresses[0]");
        assertThat(failure.getMessage().lines().toList()).hasSize(8).first().asString()
                .isEqualTo("test.yaml:1:1: collectedAt: missing required field 'collectedAt' (when the facts were "
                        + "collected, a date-time with zone such as 2026-11-20T10:00:00Z)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            causes: [compromised-accounts: sure]          | expect.causes[0].compromised-accounts | unknown confidence 'sure'; allowed (exact spelling): confirmed, likely, possible
            causes: [compromised-accounts: Confirmed]     | expect.causes[0].compromised-accounts | unknown confidence 'Confirmed' (did you mean 'confirmed'?)
            actions: [enable-admin-mfa: finished]         | expect.actions[0].enable-admin-mfa    | unknown status 'finished'; allowed (exact spelling): required, verify, done
            causes: [Open_Relay: likely]                  | expect.causes[0].Open_Relay           | invalid cause id 'Open_Relay'
            causes: [{}]                                  | expect.causes[0]                      | expected one 'cause-id: confidence' pair, for example - compromised-accounts: confirmed; found an empty mapping
            causes: [{a: likely, b: likely}]              | expect.causes[0].b                    | each entry holds one 'cause-id: confidence' pair
            causes: [open-relay]                          | expect.causes[0]                      | expected one 'cause-id: confidence' pair
            causes: [open-relay: 1]                       | expect.causes[0].open-relay           | expected the confidence of 'open-relay', one of confirmed, likely, possible; found the number 1
            causes: open-relay                            | expect.causes                         | expected a list of 'cause-id: confidence' entries
            questions: [admin-mfa, 7]                     | expect.questions[1]                   | expected a question id such as admin-mfa; found the number 7
            questions: [admin-mfa, admin--mfa]            | expect.questions[1]                   | invalid question id 'admin--mfa'
            questions: admin-mfa                          | expect.questions                      | expected a list of question ids
            plan: []                                      | expect.plan                           | unknown field 'plan'; allowed here: causes, actions, questions
            """)
    void expectationEntriesAreCheckedWhereTheyStand(String expect, String path, String message) {
        FactFileProblem problem = onlyProblem(HEAD + "expect:\n  " + expect + "\n");

        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.path()).isEqualTo(path);
        assertThat(problem.message()).startsWith(message);
    }

    @Test
    void expectSectionThatIsNotAMappingIsRejected() {
        FactFileProblem problem = onlyProblem(HEAD + "expect: [compromised-accounts]\n");

        assertThat(problem.path()).isEqualTo("expect");
        assertThat(problem.message()).isEqualTo("expected a mapping with causes, actions, questions, rules, evidence, targets, commands; found a list");
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeReading(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("large.yaml"), HEAD + "# padding\n".repeat(100));

        FactFileProblem problem = failureOf(() -> FactFileLoader.standard().withMaxBytes(500).load(file)).problems().get(0);

        assertThat(problem.line()).isZero();
        assertThat(problem.message()).isEqualTo("the file is " + Files.size(file) + " bytes, more than the limit of 500 "
                + "bytes for a fact file");
    }

    @Test
    void textLongerThanTheLimitIsRefusedBeforeReading() {
        FactFileProblem problem = failureOf(() -> FactFileLoader.standard().withMaxBytes(10).load("pasted", HEAD))
                .problems().get(0);

        assertThat(problem.format()).isEqualTo("pasted: the text is " + HEAD.length()
                + " characters long, more than the limit of 10");
    }

    @Test
    void everyProblemNamesTheSourceGiven() {
        FactFileException failure = failureOf(() -> FactFileLoader.standard().load("clipboard", "mailblock: 2\n"));

        assertThat(failure.problems()).extracting(FactFileProblem::file).containsOnly("clipboard");
        assertThat(failure.problems()).extracting(FactFileProblem::path)
                .isEqualTo(List.of("collectedAt", "tenant", "ndrs", "mailblock"));
    }
}
