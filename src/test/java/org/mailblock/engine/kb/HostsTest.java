package org.mailblock.engine.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostsTest {

    @Test
    void anAddressOrRangeCoversTheIpsInIt() {
        assertTrue(Hosts.covers(List.of("198.51.100.7"), "198.51.100.7"));
        assertTrue(Hosts.covers(List.of("203.0.113.0/24"), "203.0.113.99"));
        assertFalse(Hosts.covers(List.of("203.0.113.0/25"), "203.0.113.200"));
        assertFalse(Hosts.covers(List.of("198.51.100.7"), "198.51.100.8"));
        assertFalse(Hosts.covers(List.of("not an ip"), "198.51.100.8"));
        assertFalse(Hosts.covers(null, "198.51.100.8"));
    }

    @Test
    void aWildcardCertificateNameStandsForOneLabel() {
        assertTrue(Hosts.certificateAccepts("mail.contoso.com", "mail.contoso.com"));
        assertTrue(Hosts.certificateAccepts("*.contoso.com", "mail.contoso.com"));
        assertFalse(Hosts.certificateAccepts("*.contoso.com", "a.mail.contoso.com"));
        assertFalse(Hosts.certificateAccepts("mail.contoso.com", "smtp.contoso.com"));
        assertFalse(Hosts.certificateAccepts(null, "smtp.contoso.com"));
    }

    @Test
    void aHostIsWithinItsDomainAndNotWithinALookalike() {
        assertTrue(Hosts.within("mx1.fabrikam.example", "fabrikam.example"));
        assertTrue(Hosts.within("fabrikam.example", "fabrikam.example"));
        assertFalse(Hosts.within("mx1.notfabrikam.example", "fabrikam.example"));
    }

    @Test
    void theDomainOfAnAddressFollowsItsAt() {
        assertEquals("fabrikam.example", Hosts.domainOf("bob@fabrikam.example"));
        assertNull(Hosts.domainOf("bob"));
    }
}
