package org.mailblock.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mailblock.facts.Connector;
import org.mailblock.facts.Direction;
import org.mailblock.ingest.export.BlockedConnector;
import org.mailblock.ingest.export.ConnectorChange;

/**
 * The connectors, completed with what the other exports say of them: who created each one (the audit log's
 * {@code New-*Connector} record) and whether Exchange Online restricted it ({@code Get-BlockedConnector}).
 * What the audit log does not hold (a connector created before the searched period) stays unknown.
 */
final class ImportedConnectors {

    private ImportedConnectors() {
    }

    /**
     * The connectors with creator and restriction filled in where the exports tell them.
     *
     * @param sections the merged exports
     * @param warnings where changes the fact file cannot hold are reported
     */
    static List<Connector> of(ExportSections sections, List<String> warnings) {
        List<Connector> connectors = sections.connectors;
        if (connectors == null) {
            if (sections.blockedConnectors != null || sections.connectorChanges != null) {
                warnings.add("connectors: the audit log or the restricted connectors were imported without Get-InboundConnector and "
                        + "Get-OutboundConnector, so there are no connectors to complete; connectors stay unknown");
            }
            return null;
        }
        Set<String> restricted = restrictedNames(sections, warnings);
        List<Connector> out = new ArrayList<>();
        Set<String> withoutCreator = new TreeSet<>();
        for (Connector c : connectors) {
            Boolean isRestricted = c.restricted();
            if (restricted != null && c.direction() == Direction.INBOUND) {
                isRestricted = restricted.contains(key(c.name()));
            }
            String createdBy = c.createdBy();
            java.time.Instant createdAt = c.createdAt();
            if (sections.connectorChanges != null) {
                Optional<ConnectorChange> creation = creation(sections.connectorChanges, c);
                if (creation.isPresent()) {
                    createdBy = creation.get().by();
                    createdAt = createdAt == null ? creation.get().at() : createdAt;
                } else {
                    withoutCreator.add(c.name());
                }
            }
            out.add(new Connector(c.name(), c.direction(), c.type(), c.enabled(), createdAt, createdBy, c.recognized(),
                    c.senderIpAddresses(), c.senderDomains(), c.tlsSenderCertificateName(), isRestricted));
        }
        if (sections.connectorChanges != null) {
            reportOtherChanges(sections.connectorChanges, connectors, warnings);
            if (!withoutCreator.isEmpty()) {
                warnings.add("connectors: the audit log records no creation of " + String.join(", ", quoted(withoutCreator))
                        + " (created before the searched period, or beyond its records); createdBy stays unknown");
            }
        }
        return out;
    }

    /** The names of the restricted connectors, lower-cased; {@code null} when Get-BlockedConnector was not imported. */
    private static Set<String> restrictedNames(ExportSections sections, List<String> warnings) {
        if (sections.blockedConnectors == null) {
            return null;
        }
        Map<String, String> byGuid = sections.connectorGuids;
        Set<String> names = new TreeSet<>();
        for (BlockedConnector b : sections.blockedConnectors) {
            String name = b.name() != null ? b.name() : (b.id() == null ? null : byGuid.get(b.id()));
            if (name == null) {
                warnings.add("connectors: Get-BlockedConnector lists the connector " + b.id()
                        + ", whose name is in no connector export; it cannot be matched");
            } else {
                names.add(key(name));
            }
        }
        return names;
    }

    /** The newest New-*Connector record for this connector's name and direction. */
    private static Optional<ConnectorChange> creation(List<ConnectorChange> changes, Connector c) {
        return changes.stream()
                .filter(ch -> ch.operation().equals("New") && ch.direction() == c.direction() && key(ch.connector()).equals(key(c.name())))
                .max(Comparator.comparing(ch -> ch.at() == null ? java.time.Instant.MIN : ch.at()));
    }

    /** Changes and removals are not facts of the file; they are reported so that the analyst can follow them up. */
    private static void reportOtherChanges(List<ConnectorChange> changes, List<Connector> connectors, List<String> warnings) {
        for (ConnectorChange ch : changes) {
            String cmdlet = ch.operation() + "-" + (ch.direction() == Direction.INBOUND ? "Inbound" : "Outbound") + "Connector";
            String who = (ch.by() == null ? "an unknown account" : ch.by()) + (ch.at() == null ? "" : " at " + ch.at());
            boolean exists = connectors.stream().anyMatch(c -> c.direction() == ch.direction() && key(c.name()).equals(key(ch.connector())));
            if (ch.operation().equals("Set")) {
                warnings.add("connectors: the audit log records " + cmdlet + " '" + ch.connector() + "' by " + who
                        + " (the fact file has no field for changes: check what changed)");
            } else if (ch.operation().equals("Remove") || !exists) {
                warnings.add("connectors: the audit log records " + cmdlet + " '" + ch.connector() + "' by " + who
                        + (exists ? "" : "; no connector of that name exists now"));
            }
        }
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> quoted(Set<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }
}
