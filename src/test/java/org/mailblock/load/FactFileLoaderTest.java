package org.mailblock.load;

import org.mailblock.expect.Expectation;
import org.mailblock.expect.Expected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Admin;
import org.mailblock.facts.Connector;
import org.mailblock.facts.ConnectorType;
import org.mailblock.facts.Direction;
import org.mailblock.facts.DomainType;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.OnPremisesServer;
import org.mailblock.facts.Outbound;
import org.mailblock.facts.SendingDomain;
import org.mailblock.facts.Signal;
import org.mailblock.facts.Subscription;
import org.mailblock.facts.SubscriptionStatus;
import org.mailblock.facts.Tenant;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.User;
import org.mailblock.facts.Via;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactFileLoaderTest {

    private static final FactFileLoader LOADER = FactFileLoader.standard();

    private static Path resource(String name) throws Exception {
        return Path.of(FactFileLoaderTest.class.getResource("/load/" + name).toURI());
    }

    private static TenantFacts load(String yaml) throws FactFileException {
        return LOADER.load("test.yaml", yaml).facts();
    }

    @Test
    void fullExampleLoadsIntoExactlyTheExpectedRecords() throws Exception {
        Path file = resource("full.yaml");

        FactFile loaded = LOADER.load(file);

        TenantFacts expected = new TenantFacts(
                1,
                Instant.parse("2026-11-20T10:00:00Z"),
                new Tenant("contoso.onmicrosoft.com", false, Instant.parse("2024-02-01T00:00:00Z"), true),
                List.of(new Ndr("5.7.705", 550, "Access denied, tenant has exceeded threshold", "alice@contoso.com",
                                "bob@fabrikam.example", Instant.parse("2026-11-20T09:55:00Z"), 14L),
                        new Ndr("5.7.708", null, null, null, null, null, 1L)),
                List.of(new SendingDomain("contoso.com", Via.ON_PREMISES)),
                List.of(new AcceptedDomain("contoso.com", DomainType.AUTHORITATIVE, true)),
                List.of(new Connector("From on-premises", Direction.INBOUND, ConnectorType.ON_PREMISES, true,
                                Instant.parse("2026-11-18T03:12:00Z"), "helpdesk@contoso.com", false,
                                List.of("198.51.100.7"), List.of("*"), "mail.contoso.com"),
                        new Connector("To partner", Direction.OUTBOUND, ConnectorType.PARTNER, null, null, null, null,
                                List.of(), null, null)),
                List.of(new Admin("admin@contoso.com", List.of("Global Administrator"), true)),
                List.of(new User("alice@contoso.com", true, false, List.of(Signal.EXTERNAL_FORWARDING,
                        Signal.SUSPICIOUS_INBOX_RULE, Signal.RISKY_SIGN_IN, Signal.SENDING_SPIKE))),
                new Subscription(SubscriptionStatus.ENABLED, Instant.parse("2026-11-15T00:00:00Z"),
                        Instant.parse("2026-11-19T18:00:00Z")),
                List.of(new OnPremisesServer("EX01", true, false, true)),
                new Outbound(true, 120000L));
        assertThat(loaded.source()).isEqualTo(file.toString());
        assertThat(loaded.facts()).isEqualTo(expected);
        assertThat(loaded.expectation()).isEqualTo(new Expectation(
                List.of(new Expected("compromised-accounts", "confirmed")),
                List.of(new Expected("enable-admin-mfa", "required")),
                List.of("admin-mfa", "connectors")));
    }

    @Test
    void leftOutFieldsAreUnknownAndEmptyListsAreNone() throws Exception {
        Path file = resource("full.yaml");

        Connector partner = LOADER.load(file).facts().connectors().get(1);

        assertThat(partner.enabled()).isNull();
        assertThat(partner.senderIpAddresses()).isEmpty();
        assertThat(partner.senderDomains()).isNull();
    }

    @Test
    void sectionsGivenAsEmptyListsAreNoneAndLeftOutSectionsAreUnknown() throws FactFileException {
        TenantFacts facts = load(LoadFailures.HEAD + """
                connectors: []
                admins: []
                """);

        assertThat(facts.connectors()).isEmpty();
        assertThat(facts.admins()).isEmpty();
        assertThat(facts.users()).isNull();
        assertThat(facts.subscription()).isNull();
        assertThat(facts.knownSections()).containsExactly("ndrs", "connectors", "admins");
    }

    @Test
    void fieldWithNothingAfterItIsUnknownButQuotedEmptyTextIsKept() throws FactFileException {
        TenantFacts facts = load(LoadFailures.HEAD + """
                    text:
                  - code: 4.4.7
                    text: ""
                users:
                """);

        assertThat(facts.ndrs()).extracting(Ndr::text).containsExactly(null, "");
        assertThat(facts.users()).isNull();
    }

    @Test
    void sendingDomainOwnershipIsTrueFalseOrUnknownWhenLeftOut() throws FactFileException {
        TenantFacts facts = load(LoadFailures.HEAD + """
                sendingDomains:
                  - name: contoso.com
                    owned: true
                  - name: cheap-meds.example
                    via: onPremises
                    owned: false
                  - name: fabrikam.example
                """);

        assertThat(facts.sendingDomains()).containsExactly(new SendingDomain("contoso.com", null, true),
                new SendingDomain("cheap-meds.example", Via.ON_PREMISES, false),
                new SendingDomain("fabrikam.example", null, null));
    }

    @Test
    void countDefaultsToOne() throws FactFileException {
        assertThat(load(LoadFailures.HEAD).ndrs().get(0).count()).isEqualTo(1L);
    }

    @Test
    void dateTimeWithOffsetBecomesTheSameInstantInUtc() throws FactFileException {
        TenantFacts facts = load(LoadFailures.HEAD.replace("2026-11-20T10:00:00Z", "2026-11-20T11:00:00+01:00")
                + "    at: 2026-11-20T04:25:00.5-05:30\n");

        assertThat(facts.collectedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(facts.ndrs().get(0).at()).isEqualTo(Instant.parse("2026-11-20T09:55:00.5Z"));
    }

    @Test
    void aDayStandsForTheStartOfThatDayInUtc() throws FactFileException {
        TenantFacts facts = load(LoadFailures.HEAD.replace("2026-11-20T10:00:00Z", "2026-11-20")
                + "    at: 2024-02-29\n");

        assertThat(facts.collectedAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(facts.ndrs().get(0).at()).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
    }

    @Test
    void expectationListsLeftOutAreNullAndEmptyListsAreKept() throws FactFileException {
        FactFile file = LOADER.load("test.yaml", LoadFailures.HEAD + """
                expect:
                  causes: []
                """);

        assertThat(file.expectation()).isEqualTo(new Expectation(List.of(), null, null));
    }

    @Test
    void fileWithoutExpectSectionHasNoExpectation() throws FactFileException {
        assertThat(LOADER.load("test.yaml", LoadFailures.HEAD).expectation()).isNull();
    }

    @Test
    void documentStartMarkerAndUtf8ByteOrderMarkAreAccepted(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("marked.yaml");
        byte[] text = ("---\n" + LoadFailures.HEAD).getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(file, withMark);

        assertThat(LOADER.load(file).facts().tenant().name()).isEqualTo("contoso.onmicrosoft.com");
    }

    @Test
    void nonAsciiTextSurvivesTheStrictDecoding(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("accents.yaml");
        Files.writeString(file, LoadFailures.HEAD + "    text: \"Accès refusé – 拒否 😀\"\n", StandardCharsets.UTF_8);

        assertThat(LOADER.load(file).facts().ndrs().get(0).text()).isEqualTo("Accès refusé – 拒否 😀");
    }

    @Test
    void hundredThousandNdrsLoad() throws FactFileException {
        StringBuilder yaml = new StringBuilder("""
                mailblock: 1
                collectedAt: 2026-11-20T10:00:00Z
                tenant:
                  name: contoso.onmicrosoft.com
                ndrs:
                """);
        for (int i = 0; i < 100_000; i++) {
            yaml.append("  - code: 5.7.705\n")
                    .append("    smtp: 550\n")
                    .append("    text: \"Access denied, tenant has exceeded threshold\"\n")
                    .append("    sender: user").append(i).append("@contoso.com\n")
                    .append("    recipient: bob@fabrikam.example\n")
                    .append("    at: 2026-11-20T09:55:00Z\n")
                    .append("    count: ").append(i % 50 + 1).append('\n');
        }

        TenantFacts facts = load(yaml.toString());

        assertThat(facts.ndrs()).hasSize(100_000);
        assertThat(facts.ndrs().get(99_999).sender()).isEqualTo("user99999@contoso.com");
    }

    @Test
    void oneLoaderServesManyThreadsAtOnce() throws Exception {
        Path file = resource("full.yaml");
        TenantFacts expected = LOADER.load(file).facts();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TenantFacts>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> LOADER.load(file).facts()));
            }
            for (Future<TenantFacts> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void standardLoaderIsSharedAndLimitsMakeNewLoaders() {
        FactFileLoader limited = FactFileLoader.standard().withMaxBytes(1024);

        assertThat(FactFileLoader.standard()).isSameAs(FactFileLoader.standard());
        assertThat(FactFileLoader.standard().maxBytes()).isEqualTo(FactFileLoader.DEFAULT_MAX_BYTES);
        assertThat(limited.maxBytes()).isEqualTo(1024);
        assertThat(limited.withMaxBytes(1024)).isSameAs(limited);
        assertThatThrownBy(() -> limited.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loaderPrintsNothing() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            LOADER.withMaxBytes(1 << 20).load(resource("full.yaml"));
            LoadFailures.failureOf("mailblock: [");
            LoadFailures.failureOf(LoadFailures.HEAD + "    count: 0\n");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
