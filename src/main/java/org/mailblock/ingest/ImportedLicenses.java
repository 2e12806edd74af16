package org.mailblock.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailblock.ingest.export.DirectorySubscription;
import org.mailblock.ingest.export.SubscribedSku;

/**
 * The purchased licenses with Exchange Online: {@code Get-MgSubscribedSku} says which products hold an Exchange
 * Online mailbox plan, {@code Get-MgDirectorySubscription} which subscriptions of them are paid (not trials)
 * and how many licenses each holds. Both are needed; either alone leaves the count unknown.
 */
final class ImportedLicenses {

    private ImportedLicenses() {
    }

    /** The count, or {@code null} when the exports cannot tell it. */
    static Long purchased(ExportSections sections, List<String> warnings) {
        if (sections.subscribedSkus == null || sections.subscriptions == null) {
            return null;
        }
        if (sections.subscribedSkus.stream().anyMatch(s -> s.exchangeOnline() == null)) {
            warnings.add("subscription.purchasedLicenses: a product of Get-MgSubscribedSku comes without its ServicePlans, "
                    + "so which licenses hold Exchange Online cannot be told; left out");
            return null;
        }
        Set<String> withExchange = sections.subscribedSkus.stream().filter(s -> Boolean.TRUE.equals(s.exchangeOnline()))
                .map(SubscribedSku::skuPartNumber).filter(s -> s != null).map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        long total = 0;
        for (DirectorySubscription s : FactImporter.notDeleted(sections.subscriptions)) {
            if (s.skuPartNumber() == null || !withExchange.contains(s.skuPartNumber().toUpperCase(Locale.ROOT)) || !Boolean.FALSE.equals(s.trial())) {
                continue;
            }
            if (s.totalLicenses() == null) {
                warnings.add("subscription.purchasedLicenses: the subscription of " + s.skuPartNumber() + " comes without TotalLicenses; left out");
                return null;
            }
            total += s.totalLicenses();
        }
        return total;
    }
}
