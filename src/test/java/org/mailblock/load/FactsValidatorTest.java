package org.mailblock.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Admin;
import org.mailblock.facts.Connector;
import org.mailblock.facts.FactProblem;
import org.mailblock.facts.FactsValidator;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.OnPremisesServer;
import org.mailblock.facts.Outbound;
import org.mailblock.facts.SendingDomain;
import org.mailblock.facts.Tenant;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.User;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactsValidatorTest {

    private static final Instant COLLECTED = Instant.parse("2026-11-20T10:00:00Z");

    private static TenantFacts.Builder minimal() {
        return TenantFacts.builder(COLLECTED, "contoso.onmicrosoft.com").ndr(Ndr.of("5.7.705"));
    }

    private static Connector connectorWithAddresses(String name, String... addresses) {
        return new Connector(name, null, null, null, null, null, null, Arrays.asList(addresses), null, null);
    }

    private static Ndr ndr(String code, Integer smtp, Long count) {
        return new Ndr(code, smtp, null, null, null, null, count);
    }

    private static TenantFacts withVersion(Integer version) {
        TenantFacts valid = minimal().build();
        return new TenantFacts(version, valid.collectedAt(), valid.tenant(), valid.ndrs(), null, null, null, null,
                null, null, null, null);
    }

    @Test
    void minimalFactsBuiltInCodeHaveNoProblem() {
        assertThat(FactsValidator.validate(minimal().build())).isEmpty();
    }

    @Test
    void factsThatPassedPassAgainAndBrokenFactsAreReportedEveryTime() {
        TenantFacts valid = minimal().build();
        TenantFacts broken = withVersion(2);
        for (int round = 0; round < 3; round++) {
            assertThat(FactsValidator.validate(valid)).isEmpty();
            assertThat(FactsValidator.validate(broken)).extracting(FactProblem::path).containsExactly("mailblock");
            assertThat(FactsValidator.validate(null)).hasSize(1);
        }
        // many other facts passing in between do not change either answer
        for (int i = 0; i < 40; i++) {
            assertThat(FactsValidator.validate(minimal().build())).isEmpty();
        }
        assertThat(FactsValidator.validate(valid)).isEmpty();
        assertThat(FactsValidator.validate(broken)).isNotEmpty();
    }

    @Test
    void missingVersionAsksForMailblockOne() {
        assertThat(FactsValidator.validate(withVersion(null))).containsExactly(new FactProblem("mailblock",
                "missing required field 'mailblock' (the format version; write: mailblock: 1)"));
    }

    @Test
    void otherVersionIsUnsupported() {
        assertThat(FactsValidator.validate(withVersion(2))).containsExactly(new FactProblem("mailblock",
                "unsupported format version 2; this release reads version 1"));
    }

    @Test
    void factsWithoutNdrAreRefused() {
        TenantFacts facts = TenantFacts.builder(COLLECTED, "contoso.onmicrosoft.com").build();

        assertThat(FactsValidator.validate(facts)).containsExactly(
                new FactProblem("ndrs", "no NDR: list at least one under ndrs, with its code"));
    }

    @Test
    void missingCollectedAtAndTenantAreReportedAtTheirFields() {
        TenantFacts facts = new TenantFacts(1, null, null, List.of(Ndr.of("5.7.705")), null, null, null, null, null,
                null, null, null);

        assertThat(FactsValidator.validate(facts)).extracting(FactProblem::path).containsExactly("collectedAt", "tenant");
    }

    @Test
    void blankTenantNameIsMissing() {
        TenantFacts facts = minimal().tenant(new Tenant("  ", true, null, null)).build();

        assertThat(FactsValidator.validate(facts)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("tenant.name");
            assertThat(problem.message()).startsWith("missing required field 'name'");
        });
    }

    @Test
    void ndrProblemsNameTheEntryByItsIndex() {
        TenantFacts facts = TenantFacts.builder(COLLECTED, "contoso.onmicrosoft.com")
                .ndr(Ndr.of("5.7.705"))
                .ndr(ndr("550", null, null))
                .ndr(null)
                .ndr(ndr(null, null, null))
                .ndr(ndr("5.7.705", 42, 0L))
                .ndr(ndr("4.4.7", 600, -3L))
                .build();

        assertThat(FactsValidator.validate(facts)).containsExactly(
                new FactProblem("ndrs[1].code", "expected an enhanced status code of the form d.d.d, for example 5.7.705; found '550'"),
                new FactProblem("ndrs[2]", "empty entry: fill it in or remove it"),
                new FactProblem("ndrs[3].code", "missing required field 'code' (the enhanced status code, for example 5.7.705; "
                        + "for a bounce that carries none, leave it out and give its text)"),
                new FactProblem("ndrs[4].smtp", "expected a 3-digit SMTP reply code from 200 to 599, for example 550; found 42"),
                new FactProblem("ndrs[4].count", "count must be 1 or more (how many NDRs like this one were seen); found 0"),
                new FactProblem("ndrs[5].smtp", "expected a 3-digit SMTP reply code from 200 to 599, for example 550; found 600"),
                new FactProblem("ndrs[5].count", "count must be 1 or more (how many NDRs like this one were seen); found -3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.7.705", "4.4.7", "5.7.1", "5.100.999"})
    void wellFormedNdrCodesPass(String code) {
        assertThat(FactsValidator.validate(minimal().ndr(Ndr.of(code)).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"550", "5.7", "5.7.7050", "3.7.705", "5.7.705.1", "x.y.z", "5,7,705", "5.7.-1"})
    void malformedNdrCodesAreQuoted(String code) {
        List<FactProblem> problems = FactsValidator.validate(minimal().ndr(Ndr.of(code)).build());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("ndrs[1].code");
            assertThat(problem.message()).contains("5.7.705").contains("'" + code + "'");
        });
    }

    @Test
    void listEntriesWithoutNameOrUpnAreReported() {
        TenantFacts facts = minimal()
                .sendingDomains(List.of(new SendingDomain(null, null)))
                .acceptedDomains(List.of(new AcceptedDomain("contoso.com", null, true), new AcceptedDomain("", null, null)))
                .connectors(List.of(connectorWithAddresses(null)))
                .admins(List.of(new Admin(null, List.of("Global Administrator"), true)))
                .users(List.of(new User(" ", null, null, null)))
                .onPremisesServers(List.of(new OnPremisesServer(null, null, null, null)))
                .build();

        assertThat(FactsValidator.validate(facts)).extracting(FactProblem::path).containsExactly(
                "sendingDomains[0].name", "acceptedDomains[1].name", "connectors[0].name", "admins[0].upn",
                "users[0].upn", "onPremisesServers[0].name");
    }

    @Test
    void emptyEntriesInsideEntriesAreReported() {
        TenantFacts facts = minimal()
                .admins(List.of(new Admin("admin@contoso.com", Arrays.asList("Global Administrator", null), true)))
                .users(List.of(new User("alice@contoso.com", null, null, Arrays.asList(null, null))))
                .connectors(List.of(new Connector("c", null, null, null, null, null, null, null, Arrays.asList("*", null), null)))
                .build();

        assertThat(FactsValidator.validate(facts)).extracting(FactProblem::path).containsExactly(
                "connectors[0].senderDomains[1]", "admins[0].roles[1]", "users[0].signals[0]", "users[0].signals[1]");
    }

    @Test
    void acceptedSenderAddressForms() {
        TenantFacts facts = minimal().connectors(List.of(connectorWithAddresses("c",
                "198.51.100.7", "198.51.100.0/24", "0.0.0.0/0", "10.0.0.1/32", "198.51.100.1-198.51.100.20",
                "2001:db8::1", "2001:db8::/32"))).build();

        assertThat(FactsValidator.validate(facts)).isEmpty();
    }

    @Test
    void malformedSenderAddressesAreQuoted() {
        TenantFacts facts = minimal().connectors(List.of(connectorWithAddresses("c",
                "198.51.100.7", "300.1.1.1", "1.2.3", "1.2.3.4/33", "1.2.3.4/", "mail.contoso.com", "1.2.3.4.5", "1..2.3"))).build();

        List<FactProblem> problems = FactsValidator.validate(facts);

        assertThat(problems).extracting(FactProblem::path).containsExactly(
                "connectors[0].senderIpAddresses[1]", "connectors[0].senderIpAddresses[2]",
                "connectors[0].senderIpAddresses[3]", "connectors[0].senderIpAddresses[4]",
                "connectors[0].senderIpAddresses[5]", "connectors[0].senderIpAddresses[6]",
                "connectors[0].senderIpAddresses[7]");
        assertThat(problems.get(0).message()).isEqualTo("expected an IPv4 address (198.51.100.7), an IPv4 range "
                + "(198.51.100.0/24) or an IPv6 address; found '300.1.1.1'");
    }

    @Test
    void negativeMessageCountIsRefusedAndZeroIsFine() {
        assertThat(FactsValidator.validate(minimal().outbound(new Outbound(true, 0L)).build())).isEmpty();
        assertThat(FactsValidator.validate(minimal().outbound(new Outbound(true, -1L)).build())).containsExactly(
                new FactProblem("outbound.messagesLast24h", "must be 0 or more; found -1"));
    }

    @Test
    void emptyListsMeanNoneAndAreValid() {
        TenantFacts facts = minimal().sendingDomains(List.of()).acceptedDomains(List.of()).connectors(List.of())
                .admins(List.of()).users(List.of()).onPremisesServers(List.of()).build();

        assertThat(FactsValidator.validate(facts)).isEmpty();
    }

    @Test
    void atMostFiftyProblemsAreReported() {
        List<Ndr> ndrs = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            ndrs.add(Ndr.of("bad"));
        }
        TenantFacts facts = new TenantFacts(1, COLLECTED, Tenant.named("contoso.onmicrosoft.com"), ndrs, null, null,
                null, null, null, null, null, null);

        List<FactProblem> problems = FactsValidator.validate(facts);

        assertThat(problems).hasSize(FactsValidator.MAX_PROBLEMS);
        assertThat(problems.get(49).path()).isEqualTo("ndrs[49].code");
    }

    @Test
    void noFactsAtAllIsOneProblem() {
        assertThat(FactsValidator.validate(null)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("mailblock: 1"));
    }
}
