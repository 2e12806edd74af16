package org.mailblock.ingest.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps the Microsoft Graph exports about the directory: roles, the organization, licenses and risky users. */
final class DirectoryExports {

    private DirectoryExports() {
    }

    static void directoryRole(ExportObject o, ExportAccumulator into) {
        String name = o.text("DisplayName");
        if (name == null) {
            o.notes().add(o.label() + ": a role without DisplayName; skipped");
            return;
        }
        List<String> members = new ArrayList<>();
        List<ExportObject> listed = o.objects("Members");
        for (ExportObject member : listed == null ? List.<ExportObject>of() : listed) {
            String upn = member.text("UserPrincipalName");
            if (upn == null) {
                o.notes().add(name + ": member " + member.text("Id") + " has no UserPrincipalName (a group or service principal); left out");
            } else {
                members.add(upn.toLowerCase(Locale.ROOT));
            }
        }
        into.directoryRoles.add(new DirectoryRole(name, members));
    }

    static void organization(ExportObject o, ExportAccumulator into) {
        if (into.organization != null) {
            o.notes().add(o.label() + ": a second organization; only the first is kept");
            return;
        }
        List<String> verified = new ArrayList<>();
        String initial = null;
        List<ExportObject> domains = o.objects("VerifiedDomains");
        for (ExportObject d : domains == null ? List.<ExportObject>of() : domains) {
            String name = d.text("Name");
            if (name == null) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            verified.add(lower);
            if (Boolean.TRUE.equals(d.bool("IsInitial"))) {
                initial = lower;
            }
        }
        into.organization = new Organization(initial, o.instant("CreatedDateTime", true), verified);
        into.initialDomain = initial;
    }

    static void subscribedSku(ExportObject o, ExportAccumulator into) {
        String sku = o.text("SkuPartNumber");
        List<ExportObject> plans = o.objects("ServicePlans");
        Boolean exchange = null;
        if (plans != null) {
            exchange = plans.stream().map(p -> p.text("ServicePlanName")).anyMatch(DirectoryExports::exchangeMailboxPlan);
        }
        ExportObject prepaid = o.object("PrepaidUnits");
        into.subscribedSkus.add(new SubscribedSku(sku, exchange, prepaid == null ? null : prepaid.count("Enabled")));
    }

    /** Exchange Online mailbox plans are named EXCHANGE_S_*; EXCHANGE_S_FOUNDATION gives no mailbox. */
    private static boolean exchangeMailboxPlan(String plan) {
        return plan != null && plan.toUpperCase(Locale.ROOT).startsWith("EXCHANGE_S_") && !plan.equalsIgnoreCase("EXCHANGE_S_FOUNDATION");
    }

    static void riskyUser(ExportObject o, ExportAccumulator into) {
        String upn = o.text("UserPrincipalName");
        if (upn == null) {
            o.notes().add(o.label() + ": a risky user without UserPrincipalName; skipped");
            return;
        }
        into.riskyUsers.add(new RiskyUser(upn.toLowerCase(Locale.ROOT), o.enumText("RiskState"), o.enumText("RiskLevel")));
        into.seen(o.instant("RiskLastUpdatedDateTime", true));
    }
}
