package org.mailblock.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailblock.ingest.export.CollectorManifest;
import org.mailblock.ingest.export.CollectorStep;
import org.mailblock.ingest.export.ExportImport;
import org.mailblock.ingest.export.ExportKind;
import org.mailblock.ingest.export.ExportReader;

/**
 * What the collector's manifest tells about the other files of its run: a file whose step collected nothing
 * is that command's answer "none", and a step that was skipped or failed leaves its facts unknown, which the
 * import says with the step's reason.
 */
final class CollectorRun {

    /** The manifest's name in a collector folder. */
    static final String MANIFEST = "manifest.json";

    private CollectorRun() {
    }

    /**
     * The files (lower-cased names) the manifest says were collected, with the export each holds; empty when no
     * manifest is among the files or it cannot be read (it is then reported where it is read again).
     */
    static Map<String, ExportKind> collectedFiles(List<Path> exportFiles, ExportReader reader) {
        Map<String, ExportKind> collected = new HashMap<>();
        for (Path file : exportFiles) {
            if (!file.getFileName().toString().equalsIgnoreCase(MANIFEST)) {
                continue;
            }
            try {
                ExportImport export = reader.read(file);
                CollectorManifest manifest = export.contents().manifest();
                if (manifest == null) {
                    continue;
                }
                for (CollectorStep step : manifest.steps()) {
                    if (step.collected() && step.file() != null) {
                        ExportKind.ofCollectorFile(step.file()).ifPresent(k -> collected.put(step.file().toLowerCase(Locale.ROOT), k));
                    }
                }
            } catch (org.mailblock.ingest.InputException unreadable) {
                // the main pass reads the file again and reports the problem there, once
            }
        }
        return collected;
    }

    /** The last part of a source name, lower-cased, whatever separator it uses. */
    private static String fileName(String source) {
        int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(cut + 1).toLowerCase(Locale.ROOT);
    }

    /** Tells, for each step of the manifest, which facts stay unknown because it did not run or its file was not imported. */
    static void report(ExportSections sections, List<ExportImport> exports, List<String> warnings) {
        CollectorManifest manifest = sections.manifest;
        if (manifest == null) {
            return;
        }
        Set<String> imported = exports.stream().map(e -> fileName(e.source())).collect(Collectors.toSet());
        String from = sections.manifestSource;
        for (CollectorStep step : manifest.steps()) {
            String gives = step.file() == null ? null : ExportKind.ofCollectorFile(step.file()).map(ExportKind::gives).orElse(null);
            String unknown = gives == null ? "" : "; " + gives + " stay unknown";
            if (!step.collected()) {
                warnings.add(from + ": the collector " + (step.status() == null ? "did not run" : step.status().toLowerCase(Locale.ROOT))
                        + " " + step.name() + (step.reason() == null ? "" : " (" + step.reason() + ")") + unknown);
            } else if (step.file() != null && !imported.contains(step.file().toLowerCase(Locale.ROOT))) {
                warnings.add(from + ": the collector wrote " + step.file() + " (" + step.name() + "), but it was not imported" + unknown);
            }
        }
    }
}
