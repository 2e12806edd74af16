package org.mailblock.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each file in {@code load/bad} holds exactly one error. The table says where the loader must
 * report it and which words the message must contain (separated by {@code ;}).
 */
class BadFactFilesTest {

    private static final String TABLE = """
            file                          | at    | path                                   | message contains
            syntax-colon-in-value         | 8:24  | ndrs[0].text                           | YAML syntax error; mapping values are not allowed; quotes
            syntax-unclosed-quote         | 8:1   | tenant.name                            | YAML syntax error; quoted scalar that starts at line 5, column 9; not closed
            syntax-bad-indentation        | 6:10  | tenant.name                            | YAML syntax error; indentation
            syntax-tab-indentation        | 8:1   | ndrs[0].code                           | YAML syntax error; TAB; indentation
            syntax-unclosed-list          | 11:1  | connectors[0].senderIpAddresses[1]     | YAML syntax error; expected ',' or ']'; line 10, column 24
            unknown-field-top             | 4:1   | tennant                                | unknown field 'tennant'; did you mean 'tenant'?; allowed here: mailblock, collectedAt, tenant, ndrs
            unknown-field-connector       | 10:5  | connectors[0].createdat                | unknown field 'createdat'; did you mean 'createdAt'?; allowed here: name, direction, type
            unknown-field-expect          | 9:3   | expect.cuases                          | unknown field 'cuases'; did you mean 'causes'?; allowed here: causes, actions, questions
            unknown-field-far             | 10:5  | users[0].department                    | unknown field 'department'; allowed here: upn, restricted, mfa, signals
            duplicate-key                 | 7:3   | tenant.name                            | duplicate key 'name'; only once
            boolean-yes                   | 6:10  | tenant.trial                           | expected true or false; found text 'yes'
            boolean-quoted                | 6:11  | tenant.hybrid                          | expected true or false; found text 'true'; without quotes
            count-quoted                  | 8:12  | ndrs[0].count                          | expected a whole number; found text '14'; without quotes
            count-fraction                | 8:12  | ndrs[0].count                          | expected a whole number; found the number 14.5
            count-zero                    | 8:12  | ndrs[0].count                          | count must be 1 or more; found 0
            count-negative                | 8:12  | ndrs[0].count                          | count must be 1 or more; found -3
            smtp-out-of-range             | 8:11  | ndrs[0].smtp                           | SMTP reply code from 200 to 599; found 705
            smtp-too-large                | 8:11  | ndrs[0].smtp                           | expected a whole number no larger than 2147483647; found the number 99999999999
            messages-negative             | 10:20 | outbound.messagesLast24h               | must be 0 or more; found -10
            name-not-text                 | 9:11  | connectors[0].name                     | expected text; found the number 123; quotes
            list-expected                 | 10:12 | admins[0].roles                        | expected a list; found text 'Global Administrator'
            list-given-as-mapping         | 7:3   | ndrs                                   | expected a list; found a mapping; '- '
            mapping-expected              | 4:9   | tenant                                 | expected a mapping with the fields name, trial, createdAt, hybrid; found text 'contoso.onmicrosoft.com'
            date-without-zone             | 3:14  | collectedAt                            | '2026-11-20T10:00:00' has no zone; add a zone, for example Z
            date-month-13                 | 8:9   | ndrs[0].at                             | invalid date '2026-13-01'; expected a date such as 2026-11-20
            date-february-30              | 10:14 | subscription.expiredAt                 | invalid date '2026-02-30'; date-time with zone
            date-word                     | 10:16 | connectors[0].createdAt                | invalid date 'yesterday'; expected a date
            date-as-number                | 8:9   | ndrs[0].at                             | expected a date such as 2026-11-20; found the number 20261120
            enum-wrong-case               | 10:16 | connectors[0].direction                | unknown value 'Inbound'; did you mean 'inbound'?; allowed (exact spelling): inbound, outbound
            enum-unknown                  | 9:11  | subscription.status                    | unknown value 'Expired'; Enabled, Warning, Suspended, LockedOut, Deleted
            enum-in-list                  | 10:35 | users[0].signals[1]                    | unknown value 'impossibleTravel'; externalForwarding, suspiciousInboxRule, riskySignIn, sendingSpike
            ndr-code-form                 | 7:11  | ndrs[0].code                           | enhanced status code of the form d.d.d; 5.7.705; found '550'
            ndr-code-number               | 7:11  | ndrs[0].code                           | enhanced status code of the form d.d.d; found the number 5.7
            ndr-code-missing              | 8:5   | ndrs[1].code                           | missing required field 'code'; 5.7.705; give its text
            version-missing               | 2:1   | mailblock                              | missing required field 'mailblock'; write: mailblock: 1
            version-unsupported           | 2:12  | mailblock                              | unsupported format version 2; this release reads version 1
            collected-at-missing          | 2:1   | collectedAt                            | missing required field 'collectedAt'; with zone
            tenant-name-missing           | 5:3   | tenant.name                            | missing required field 'name'; contoso.onmicrosoft.com
            connector-name-missing        | 9:5   | connectors[0].name                     | missing required field 'name'; connector's name
            upn-missing                   | 9:5   | admins[0].upn                          | missing required field 'upn'; user principal name
            ndrs-empty                    | 6:7   | ndrs                                   | no NDR: list at least one under ndrs, with its code
            ndrs-missing                  | 2:1   | ndrs                                   | no NDR: list at least one under ndrs, with its code
            ndr-empty-entry               | 8:4   | ndrs[1]                                | empty entry
            empty                         | 1:1   |                                        | the file is empty; a fact file starts with 'mailblock: 1'
            blank                         | 1:1   |                                        | the file is empty; a fact file starts with 'mailblock: 1'
            top-level-list                | 2:1   |                                        | the top level of a fact file is a mapping; found a list
            top-level-text                | 2:1   |                                        | the top level of a fact file is a mapping; found text 'Tenant is blocked, please help'
            two-documents                 | 9:1   |                                        | one fact file holds one YAML document
            alias                         | 11:11 | acceptedDomains[0].name                | YAML aliases (*domain) are not supported in fact files; write the value out
            ip-malformed                  | 10:39 | connectors[0].senderIpAddresses[1]     | expected an IPv4 address; found '300.51.100.8'
            cidr-malformed                | 10:25 | connectors[0].senderIpAddresses[0]     | IPv4 range (198.51.100.0/24); found '198.51.100.0/33'
            expect-bad-confidence         | 10:29 | expect.causes[0].compromised-accounts  | unknown confidence 'sure'; confirmed, likely, possible
            expect-bad-status             | 10:25 | expect.actions[0].enable-admin-mfa     | unknown status 'pending'; required, verify, done
            expect-two-keys               | 11:7  | expect.causes[0].open-relay            | one 'cause-id: confidence' pair; start another entry with '- '
            expect-entry-not-mapping      | 10:7  | expect.causes[0]                       | expected one 'cause-id: confidence' pair; found text 'compromised-accounts'
            expect-bad-id                 | 9:26  | expect.questions[1]                    | invalid question id 'Admin_MFA'; lowercase; '-'
            policy-limit-too-high         | 10:27 | outboundSpamPolicies[0].recipientLimitPerDay | recipient limit from 0 (the service default) to 10000; found 20000
            policy-forwarding-mode-unknown | 10:25 | outboundSpamPolicies[0].autoForwardingMode | unknown value 'Enabled'; allowed (exact spelling): Automatic, On, Off
            policy-name-missing           | 9:5   | outboundSpamPolicies[0].name           | missing required field 'name'; policy's name
            limits-observed-negative      | 10:18 | limitsEnforcementStatus.observedValue  | must be 0 or more; found -5
            ndr-sending-ip-range          | 8:16  | ndrs[0].sendingIp                      | expected one IPv4 address (198.51.100.7) or an IPv6 address; found '198.51.100.0/24'
            server-egress-ip-malformed    | 10:31 | onPremisesServers[0].egressIps[1]      | expected an IPv4 address; found '198.51.100.300'
            forwarding-address-missing    | 11:9  | users[0].forwarding[0].address         | missing required field 'address'; the address mail is forwarded to
            licenses-negative             | 9:22  | subscription.purchasedLicenses         | must be 0 or more; found -1
            user-recipients-text          | 10:24 | users[0].recipientsLast24h             | expected a whole number; found text '10400'; without quotes
            """;

    static Stream<BadFile> badFiles() {
        return TABLE.lines().skip(1).filter(line -> !line.isBlank()).map(BadFile::parse);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileIsReportedAtItsErrorWithItsFieldAndWhatWasExpected(BadFile bad) throws URISyntaxException {
        Path file = bad.path();

        FactFileException failure = LoadFailures.failureOf(() -> FactFileLoader.standard().load(file));

        assertThat(failure.problems()).hasSize(1);
        FactFileProblem problem = failure.problems().get(0);
        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(LoadFailures.position(problem)).as("line:column").isEqualTo(bad.position());
        assertThat(problem.path()).isEqualTo(bad.fieldPath());
        assertThat(problem.message()).contains(bad.keywords());
        assertThat(failure.getMessage()).startsWith(file + ":" + bad.position() + ": ");
    }

    @Test
    void everyBadFileIsInTheTable() throws IOException, URISyntaxException {
        Path directory = Path.of(BadFactFilesTest.class.getResource("/load/bad").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
            assertThat(names).containsExactlyInAnyOrderElementsOf(badFiles().map(bad -> bad.name() + ".yaml").toList());
        }
    }

    /** One row of the table. */
    record BadFile(String name, String position, String fieldPath, List<String> keywords) {

        static BadFile parse(String row) {
            String[] cells = row.split("\\|", -1);
            List<String> keywords = Arrays.stream(cells[3].split(";")).map(String::strip).toList();
            return new BadFile(cells[0].strip(), cells[1].strip(), cells[2].strip(), keywords);
        }

        Path path() throws URISyntaxException {
            return Path.of(BadFactFilesTest.class.getResource("/load/bad/" + name + ".yaml").toURI());
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
