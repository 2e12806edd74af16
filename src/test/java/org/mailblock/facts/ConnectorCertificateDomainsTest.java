package org.mailblock.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorCertificateDomainsTest {

    private static Connector withCertificate(String name) {
        return new Connector("From on-premises", Direction.INBOUND, ConnectorType.ON_PREMISES, true, null, null, true,
                List.of(), List.of(), name);
    }

    @Test
    void hostNameIsAttributedByItselfOrItsImmediateParent() {
        assertThat(withCertificate("mail.contoso.com").certificateDomains()).containsExactly("mail.contoso.com", "contoso.com");
    }

    @Test
    void hostTwoLevelsBelowADomainIsNotAttributedByThatDomain() {
        assertThat(withCertificate("host.sub.contoso.com").certificateDomains())
                .containsExactly("host.sub.contoso.com", "sub.contoso.com")
                .doesNotContain("contoso.com");
    }

    @Test
    void wildcardIsAttributedByTheDomainItCovers() {
        assertThat(withCertificate("*.contoso.com").certificateDomains()).containsExactly("contoso.com");
    }

    @Test
    void topLevelDomainIsNeverACandidate() {
        assertThat(withCertificate("contoso.com").certificateDomains()).containsExactly("contoso.com");
    }

    @Test
    void noCertificateAttributesNothing() {
        assertThat(withCertificate(null).certificateDomains()).isEmpty();
        assertThat(withCertificate(" ").certificateDomains()).isEmpty();
    }
}
