package org.mailblock.ingest;

import java.time.Instant;
import java.util.List;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Connector;

/**
 * What one export file gave. Only the list that matches {@link #kind()} has entries.
 *
 * @param source          the file
 * @param kind            which command wrote it
 * @param acceptedDomains from {@code Get-AcceptedDomain}
 * @param connectors      from {@code Get-InboundConnector} or {@code Get-OutboundConnector}
 * @param users           from the user registration details report
 * @param subscriptions   from {@code Get-MgDirectorySubscription}
 * @param initialDomain   the tenant's {@code *.onmicrosoft.com} domain, when the export names it
 * @param latest          the newest point in time the export records (a change, a report update); {@code null} when none
 * @param notes           values left out, and why
 */
public record ExportImport(String source, ExportKind kind, List<AcceptedDomain> acceptedDomains, List<Connector> connectors,
                           List<RegisteredUser> users, List<DirectorySubscription> subscriptions, String initialDomain,
                           Instant latest, List<String> notes) {

    public ExportImport {
        acceptedDomains = List.copyOf(acceptedDomains);
        connectors = List.copyOf(connectors);
        users = List.copyOf(users);
        subscriptions = List.copyOf(subscriptions);
        notes = List.copyOf(notes);
    }
}
