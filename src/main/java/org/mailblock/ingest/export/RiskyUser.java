package org.mailblock.ingest.export;

/**
 * One user of {@code Get-MgRiskyUser}.
 *
 * @param upn       {@code UserPrincipalName}, lower-cased
 * @param riskState {@code RiskState} as written ({@code atRisk}, {@code confirmedCompromised}, {@code remediated} ...); {@code null} when not given
 * @param riskLevel {@code RiskLevel} as written; {@code null} when not given
 */
public record RiskyUser(String upn, String riskState, String riskLevel) {

    /** Whether Entra ID holds the account at risk now ({@code atRisk} or {@code confirmedCompromised}). */
    public boolean atRisk() {
        return "atRisk".equalsIgnoreCase(riskState) || "confirmedCompromised".equalsIgnoreCase(riskState);
    }
}
