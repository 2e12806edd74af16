package org.mailblock.serve;

import java.nio.file.Path;
import java.time.Instant;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.i18n.MessageBundles;

/**
 * A compiled rule base with its message bundles, as one request runs it from start to end.
 *
 * @param engine   the engine over the rules
 * @param bundles  the reports' texts in every language the rules speak
 * @param loadedAt when this rule base was swapped in
 * @param folder   the rule folder, or {@code null} for the packaged rules
 */
record LoadedRules(DiagnosisEngine engine, MessageBundles bundles, Instant loadedAt, Path folder) {
}
