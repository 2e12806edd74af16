package org.mailblock.facts;

/**
 * The tenant external recipient rate limit (TERRL) as {@code Get-LimitsEnforcementStatus} reports it.
 *
 * @param observedValue      external recipients counted in the 24-hour sliding window ({@code ObservedValue}); {@code null} when unknown
 * @param threshold          the tenant's limit ({@code Threshold}); {@code null} when unknown
 * @param verdict            the service's verdict as written ({@code Verdict}); {@code null} when unknown
 * @param enforcementEnabled whether the limit is enforced for the tenant ({@code EnforcementEnabled}); {@code null} when unknown
 */
public record LimitsEnforcementStatus(Long observedValue, Long threshold, String verdict, Boolean enforcementEnabled) {
}
