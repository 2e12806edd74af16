package org.mailblock.ingest.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mailblock.facts.Direction;

/**
 * Maps ScubaGear's {@code ProviderSettingsExport.json}: its {@code accepted_domains}, {@code inbound_connectors} and
 * {@code outbound_connectors} hold what {@code Get-AcceptedDomain} and the connector cmdlets write, and
 * {@code privileged_users} the users with admin roles, keyed by object id (without user principal names).
 */
final class ScubaGearExport {

    private ScubaGearExport() {
    }

    static void settings(ExportObject o, ExportAccumulator into) {
        each(o.objects("accepted_domains"), d -> ExportReader.acceptedDomain(d, into));
        each(o.objects("inbound_connectors"), c -> ExportReader.connector(c, Direction.INBOUND, into));
        each(o.objects("outbound_connectors"), c -> ExportReader.connector(c, Direction.OUTBOUND, into));
        Map<String, ExportObject> privileged = o.keyedObjects("privileged_users");
        if (privileged != null) {
            privileged.forEach((id, user) -> {
                List<String> roles = user.texts("roles");
                into.privilegedUsers.add(new PrivilegedUser(id.toLowerCase(Locale.ROOT), user.text("DisplayName"),
                        roles == null ? List.of() : roles));
            });
        }
        List<ExportObject> tenant = o.objects("tenant_details");
        if (tenant != null && into.initialDomain == null) {
            tenant.stream().map(t -> t.text("DomainName")).filter(d -> d != null && d.toLowerCase(Locale.ROOT).endsWith(".onmicrosoft.com"))
                    .findFirst().ifPresent(d -> into.initialDomain = d.toLowerCase(Locale.ROOT));
        }
        // ScubaGear records its run in UTC ("timestamp_zulu")
        into.seen(o.instant("timestamp_zulu", true));
    }

    private static void each(List<ExportObject> objects, java.util.function.Consumer<ExportObject> map) {
        if (objects != null) {
            objects.forEach(map);
        }
    }
}
