package org.mailblock.facts;

/**
 * An accepted domain of the tenant ({@code Get-AcceptedDomain}).
 *
 * @param name     the domain; required
 * @param type     its {@code DomainType}; {@code null} when unknown
 * @param verified whether the domain was validated in the admin center; {@code null} when unknown
 */
public record AcceptedDomain(String name, DomainType type, Boolean verified) {

    /** Lower-cases the domain name, so that rules compare like with like. */
    public AcceptedDomain {
        name = Normalize.domain(name);
    }
}
