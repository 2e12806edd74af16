package org.mailblock.ingest.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps the collector's {@code manifest.json}: when it ran, for which tenant, and what each step wrote. */
final class CollectorManifestExport {

    /** The name the collector writes into its manifest. */
    static final String COLLECTOR = "mailblock-collector";

    private CollectorManifestExport() {
    }

    static void manifest(ExportObject o, ExportAccumulator into) {
        String collector = o.text("collector");
        if (!COLLECTOR.equalsIgnoreCase(collector)) {
            o.notes().add("collector is '" + collector + "', not " + COLLECTOR + "; read as a manifest all the same");
        }
        List<CollectorStep> steps = new ArrayList<>();
        List<ExportObject> listed = o.objects("steps");
        for (ExportObject step : listed == null ? List.<ExportObject>of() : listed) {
            String name = step.text("name");
            if (name == null) {
                o.notes().add(step.label() + ": a step without a name; skipped");
                continue;
            }
            steps.add(new CollectorStep(name, step.text("file"), step.text("status"), step.text("reason"), step.count("count")));
        }
        String tenant = o.text("tenant");
        String lowerTenant = tenant == null ? null : tenant.toLowerCase(Locale.ROOT);
        into.manifest = new CollectorManifest(o.text("collectorVersion"), o.instant("startedAt", false), o.instant("finishedAt", false),
                lowerTenant, o.text("powershell"), steps);
        if (lowerTenant != null && lowerTenant.endsWith(".onmicrosoft.com")) {
            into.initialDomain = lowerTenant;
        }
        into.seen(into.manifest.finishedAt());
    }
}
