package org.mailblock.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mailblock.ingest.export.ExportImport;
import org.mailblock.ingest.export.ExportKind;
import org.mailblock.ingest.export.TracedDomain;

/**
 * The comments that say which exports a section of an imported fact file came from, what each gave, and what
 * no export could tell; and the lines for what was read but has no place among the facts.
 */
final class ExportProvenance {

    private ExportProvenance() {
    }

    static String acceptedDomains(Map<String, String> from) {
        List<String> parts = new ArrayList<>();
        add(parts, from, ExportKind.ACCEPTED_DOMAINS, null);
        add(parts, from, ExportKind.SCUBAGEAR, "accepted_domains");
        if (!add(parts, from, ExportKind.ORGANIZATION, "verified: true for the VerifiedDomains")) {
            parts.add("verified is not in these exports");
        }
        return String.join("; ", parts);
    }

    static String connectors(Map<String, String> from) {
        List<String> parts = new ArrayList<>();
        add(parts, from, ExportKind.INBOUND_CONNECTORS, null);
        add(parts, from, ExportKind.OUTBOUND_CONNECTORS, null);
        add(parts, from, ExportKind.SCUBAGEAR, "inbound_connectors, outbound_connectors");
        if (!add(parts, from, ExportKind.CONNECTOR_AUDIT, "createdBy: the account of the newest New-*Connector record")) {
            parts.add("createdBy is not in these exports (the audit log knows it)");
        }
        add(parts, from, ExportKind.BLOCKED_CONNECTORS, "restricted: true for the inbound connectors it lists, false for the others");
        parts.add("recognized is the organization's word, in no export");
        return String.join("; ", parts);
    }

    static String admins(Map<String, String> from) {
        List<String> parts = new ArrayList<>();
        add(parts, from, ExportKind.DIRECTORY_ROLES, "the roles' members, with the roles");
        add(parts, from, ExportKind.USER_REGISTRATION_DETAILS, "isAdmin; mfa is isMfaRegistered");
        add(parts, from, ExportKind.SCUBAGEAR, "privileged_users, found by object id in the registration report");
        if (from.get(key(ExportKind.DIRECTORY_ROLES)) == null && from.get(key(ExportKind.SCUBAGEAR)) == null) {
            parts.add("the roles are not in it");
        }
        return String.join("; ", parts);
    }

    static String subscription(Map<String, String> from) {
        List<String> parts = new ArrayList<>();
        add(parts, from, ExportKind.DIRECTORY_SUBSCRIPTIONS,
                "the least healthy status of the paid subscriptions; expiry and renewal dates are not in it");
        add(parts, from, ExportKind.SUBSCRIBED_SKUS, "purchasedLicenses: TotalLicenses of the paid subscriptions whose product holds an "
                + "Exchange Online plan");
        return String.join("; ", parts);
    }

    /** What the exports hold that no fact takes: sender blocks, trace counts, the collector run itself. */
    static List<String> notWritten(List<ExportImport> exports) {
        List<String> out = new ArrayList<>();
        for (ExportImport e : exports) {
            switch (e.kind()) {
                case TENANT_BLOCK_LIST -> out.add(e.source() + " (" + e.kind().command() + "): " + e.contents().blockListEntries().size()
                        + " blocked sender(s): " + String.join(", ", e.contents().blockListEntries()));
                case MESSAGE_TRACE -> out.add(e.source() + " (" + e.kind().command() + "): messages by sender domain and status: "
                        + traceCounts(e.contents().tracedDomains()));
                case COLLECTOR_MANIFEST -> {
                    var m = e.contents().manifest();
                    out.add(e.source() + ": collector version " + m.collectorVersion() + ", run from " + m.startedAt() + " to " + m.finishedAt()
                            + (m.powershell() == null ? "" : " in PowerShell " + m.powershell()));
                }
                default -> {
                    // every other export is written as facts
                }
            }
        }
        return out;
    }

    private static String traceCounts(List<TracedDomain> groups) {
        Map<String, Long> counts = new TreeMap<>();
        for (TracedDomain t : groups) {
            counts.merge(t.domain() + " " + (t.status() == null ? "(no status)" : t.status()), t.count() == null ? 0L : t.count(), Long::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> parts.add(k + " " + n));
        return String.join(", ", parts);
    }

    /** Adds "command: files (note)" when that export was imported; tells whether it was. */
    private static boolean add(List<String> parts, Map<String, String> from, ExportKind kind, String note) {
        String files = from.get(key(kind));
        if (files == null) {
            return false;
        }
        parts.add(kind.command() + ": " + files + (note == null ? "" : " (" + note + ")"));
        return true;
    }

    private static String key(ExportKind kind) {
        return "exports." + kind.name();
    }
}
