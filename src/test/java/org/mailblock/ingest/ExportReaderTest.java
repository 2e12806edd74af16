package org.mailblock.ingest;

import org.mailblock.ingest.export.DirectorySubscription;
import org.mailblock.ingest.export.ExportImport;
import org.mailblock.ingest.export.ExportKind;
import org.mailblock.ingest.export.ExportReader;
import org.mailblock.ingest.export.RegisteredUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Connector;
import org.mailblock.facts.ConnectorType;
import org.mailblock.facts.Direction;
import org.mailblock.facts.DomainType;
import org.mailblock.facts.SubscriptionStatus;

class ExportReaderTest {

    private static final Path EXPORTS = Path.of("src/test/resources/ingest/exports");

    private final ExportReader reader = new ExportReader();

    private ExportImport read(String file) throws InputException {
        return reader.read(EXPORTS.resolve(file));
    }

    private InputProblem problemOf(String file) {
        InputException e = catchThrowableOfType(InputException.class, () -> read(file));
        assertThat(e).as("reading " + file + " fails").isNotNull();
        return e.problem();
    }

    @Test
    void acceptedDomainsAreRecognizedAndTheInitialDomainNamesTheTenant() throws InputException {
        ExportImport export = read("accepted-domains.json");

        assertThat(export.kind()).isEqualTo(ExportKind.ACCEPTED_DOMAINS);
        assertThat(export.acceptedDomains()).containsExactly(
                new AcceptedDomain("contoso.com", DomainType.AUTHORITATIVE, null),
                new AcceptedDomain("contoso.onmicrosoft.com", DomainType.AUTHORITATIVE, null),
                new AcceptedDomain("contoso.mail.onmicrosoft.com", DomainType.AUTHORITATIVE, null),
                new AcceptedDomain("fabrikam-hybrid.com", DomainType.INTERNAL_RELAY, null));
        assertThat(export.initialDomain()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(export.latest()).isEqualTo(Instant.parse("2026-03-02T10:15:00Z"));
        assertThat(export.notes()).isEmpty();
    }

    @Test
    void aSingleObjectWithTheDomainWrittenAsAnObjectIsRead() throws InputException {
        ExportImport export = read("accepted-domain-single-object.json");

        assertThat(export.acceptedDomains()).containsExactly(new AcceptedDomain("tailspintoys.com", DomainType.AUTHORITATIVE, null));
        assertThat(export.initialDomain()).isNull();
        assertThat(export.latest()).isEqualTo(Instant.parse("2026-11-19T07:40:12Z"));
    }

    @Test
    void windowsPowerShellUtf16ExportIsRead() throws InputException {
        ExportImport export = read("accepted-domains-utf16.json");

        assertThat(export.acceptedDomains()).extracting(AcceptedDomain::name)
                .containsExactly("northwind.example", "northwind.onmicrosoft.com");
    }

    @Test
    void inboundConnectorsKeepTypeCreationTimeAddressesAndCertificate() throws InputException {
        ExportImport export = read("inbound-connectors.json");

        assertThat(export.kind()).isEqualTo(ExportKind.INBOUND_CONNECTORS);
        Connector relay = export.connectors().get(0);
        assertThat(relay.name()).isEqualTo("Partner relay");
        assertThat(relay.direction()).isEqualTo(Direction.INBOUND);
        assertThat(relay.type()).isEqualTo(ConnectorType.ON_PREMISES);
        assertThat(relay.enabled()).isTrue();
        assertThat(relay.createdAt()).isEqualTo(Instant.parse("2026-11-18T03:12:00Z"));
        assertThat(relay.senderIpAddresses()).containsExactly("203.0.113.0/24");
        assertThat(relay.senderDomains()).containsExactly("*");
        assertThat(relay.acceptsAnySenderDomain()).isTrue();
        assertThat(relay.tlsSenderCertificateName()).isNull();
        assertThat(relay.recognized()).as("nobody has said").isNull();
        assertThat(relay.createdBy()).as("only the audit log knows").isNull();
        assertThat(export.connectors().get(1).tlsSenderCertificateName()).isEqualTo("mail.contoso.com");
    }

    @Test
    void outboundConnectorIsToldApartFromInboundByItsProperties() throws InputException {
        ExportImport export = read("outbound-connector-single-object.json");

        assertThat(export.kind()).isEqualTo(ExportKind.OUTBOUND_CONNECTORS);
        Connector c = export.connectors().get(0);
        assertThat(c.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(c.createdAt()).as("WhenCreatedUTC without a zone is UTC").isEqualTo(Instant.parse("2024-03-01T09:31:00Z"));
        assertThat(c.senderDomains()).isNull();
    }

    @Test
    void anEnumWrittenAsANumberIsLeftOutWithANoteNotGuessed() throws InputException {
        ExportImport export = read("inbound-connector-enum-as-number.json");

        Connector c = export.connectors().get(0);
        assertThat(c.type()).isNull();
        assertThat(c.senderIpAddresses()).containsExactly("192.0.2.10");
        assertThat(c.senderDomains()).containsExactly("contoso.com");
        assertThat(export.notes()).anySatisfy(n -> assertThat(n).contains("ConnectorType is the number 2").contains("left out"));
    }

    @Test
    void registrationDetailsFromGraphRestGiveAdminsAndMfa() throws InputException {
        ExportImport export = read("user-registration-details.json");

        assertThat(export.kind()).isEqualTo(ExportKind.USER_REGISTRATION_DETAILS);
        assertThat(export.users()).extracting(RegisteredUser::upn)
                .containsExactly("admin@contoso.com", "helpdesk@contoso.com", "alice@contoso.com", "bob@contoso.com");
        assertThat(export.users().get(1)).isEqualTo(new RegisteredUser("helpdesk@contoso.com", true, false,
                Instant.parse("2026-11-19T22:10:00Z"), "c9a4e2b1-55a7-4c31-9f0d-6e1b2a3c4d5e"));
    }

    @Test
    void subscriptionsReadStatusTrialAndDatesInEveryConvertToJsonForm() throws InputException {
        ExportImport export = read("subscriptions.json");

        assertThat(export.kind()).isEqualTo(ExportKind.DIRECTORY_SUBSCRIPTIONS);
        assertThat(export.subscriptions()).containsExactly(
                new DirectorySubscription("O365_BUSINESS_PREMIUM", SubscriptionStatus.WARNING, false,
                        Instant.parse("2024-02-01T08:00:00Z"), Instant.parse("2026-11-25T00:00:00Z"), 40L),
                new DirectorySubscription("ENTERPRISEPREMIUM", SubscriptionStatus.ENABLED, true,
                        Instant.parse("2026-10-01T12:00:00Z"), Instant.parse("2026-12-01T12:00:00Z"), 25L));
    }

    @Test
    void malformedJsonIsReportedWithFileLineAndColumn() {
        InputProblem problem = problemOf("malformed.json");

        assertThat(problem.source()).endsWith("malformed.json");
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.column()).isGreaterThan(0);
        assertThat(problem.format()).matches(".*malformed\\.json:5:\\d+: malformed JSON: .*");
    }

    @Test
    void anExportOfAnUnknownCmdletIsReportedByNameNotGuessed() {
        InputProblem problem = problemOf("transport-rules.json");

        assertThat(problem.format()).contains("transport-rules.json").contains("is not an export mailblock recognizes")
                .contains("routemessageoutboundconnector").contains("Get-AcceptedDomain");
    }

    @Test
    void anEmptyExportCannotBeAttributedToACommand() {
        assertThat(problemOf("empty-array.json").message()).contains("holds no objects");
    }
}
