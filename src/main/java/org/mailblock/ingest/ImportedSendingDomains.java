package org.mailblock.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.SendingDomain;
import org.mailblock.ingest.export.TracedDomain;

/**
 * The sending domains a grouped message trace shows. The trace holds the mail the tenant received as well as
 * the mail it sent, and its groups do not say which way the mail went: a traced domain counts as a sending
 * domain when it is one of the tenant's (accepted domain or initial domain) or the bounced mail was sent from
 * it. The other traced domains are named in a note, never written as the tenant's.
 */
final class ImportedSendingDomains {

    private ImportedSendingDomains() {
    }

    /** The sending domains, or {@code null} when no message trace was imported. */
    static List<SendingDomain> of(ExportSections sections, String tenantName, List<ImportedNdr> ndrs, List<String> warnings) {
        if (sections.tracedDomains == null) {
            return null;
        }
        Set<String> own = new LinkedHashSet<>();
        if (sections.acceptedDomains != null) {
            sections.acceptedDomains.stream().map(AcceptedDomain::name).map(String::toLowerCase).forEach(own::add);
        }
        if (tenantName != null) {
            own.add(tenantName.toLowerCase());
        }
        ndrs.stream().map(n -> FactImporter.domainOf(n.ndr().sender())).filter(d -> d != null).forEach(own::add);
        Set<String> sending = new LinkedHashSet<>();
        Set<String> others = new TreeSet<>();
        for (TracedDomain t : sections.tracedDomains) {
            if (own.contains(t.domain())) {
                sending.add(t.domain());
            } else {
                others.add(t.domain());
            }
        }
        if (!others.isEmpty()) {
            warnings.add("sendingDomains: the message trace also shows mail from " + String.join(", ", others)
                    + "; the trace does not say whether the tenant sent it or received it, so these are not written as sending domains"
                    + (sections.acceptedDomains == null ? " (without Get-AcceptedDomain, only the bounced senders' domains count as the tenant's)" : ""));
        }
        List<SendingDomain> out = new ArrayList<>();
        // via (cloud, on-premises, forwarding) is not in a message trace grouped by domain
        sending.forEach(d -> out.add(new SendingDomain(d, null)));
        return out;
    }
}
