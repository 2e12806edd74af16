package org.mailblock.facts;

/**
 * An accepted domain of the tenant ({@code Get-AcceptedDomain}).
 *
 * @param name      the domain; required
 * @param type      its {@code DomainType}; {@code null} when unknown
 * @param verified  whether the domain was validated in the admin center; {@code null} when unknown
 * @param isDefault whether it is the default domain, the one new addresses get ({@code Default}); {@code null} when unknown
 */
public record AcceptedDomain(String name, DomainType type, Boolean verified, Boolean isDefault) {

    /** Lower-cases the domain name, so that rules compare like with like. */
    public AcceptedDomain {
        name = Normalize.domain(name);
    }

    /** An accepted domain of which it is unknown whether it is the default one. */
    public AcceptedDomain(String name, DomainType type, Boolean verified) {
        this(name, type, verified, null);
    }
}
