package org.mailblock.ingest.export;

/**
 * One product the tenant holds licenses of ({@code Get-MgSubscribedSku}).
 *
 * @param skuPartNumber  {@code SkuPartNumber}
 * @param exchangeOnline whether one of its {@code ServicePlans} is an Exchange Online mailbox plan ({@code EXCHANGE_S_*} but
 *                       {@code EXCHANGE_S_FOUNDATION}); {@code null} when the plans are not given
 * @param enabledUnits   {@code PrepaidUnits.Enabled}; {@code null} when not given
 */
public record SubscribedSku(String skuPartNumber, Boolean exchangeOnline, Long enabledUnits) {
}
