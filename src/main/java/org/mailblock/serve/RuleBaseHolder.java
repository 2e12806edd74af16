package org.mailblock.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.engine.RuleProblem;
import org.mailblock.i18n.MessageBundleException;
import org.mailblock.i18n.MessageBundles;

/**
 * Holds the rule base the server runs and swaps it atomically. A request reads the holder once and
 * runs to its end on what it got, so a swap never changes the rules under a request in flight. A
 * rule base that does not compile is never swapped in over one that does.
 */
final class RuleBaseHolder {

    private final Path folder;
    private final Clock clock;
    private final Consumer<String> log;
    private final AtomicReference<RulesState> current = new AtomicReference<>();

    /** Compiles the rules once (through the rule cache for a folder); see {@link #current()} for the outcome. */
    RuleBaseHolder(Path folder, Clock clock, Consumer<String> log) {
        this.folder = folder;
        this.clock = clock;
        this.log = log;
        current.set(compile());
    }

    /** The rule base to run a whole request on. */
    RulesState current() {
        return current.get();
    }

    /** The folder the rules come from, or {@code null} for the packaged rules. */
    Path folder() {
        return folder;
    }

    /**
     * Compiles the folder again and swaps the result in when it compiles; when it does not, the
     * problems are logged and the rules that were serving go on serving.
     *
     * @return whether new rules were swapped in
     */
    synchronized boolean reload() {
        RulesState next = compile();
        if (next instanceof RulesState.Ready ready) {
            current.set(next);
            log.accept("mailblock serve: rules reloaded from " + folder + " (" + ready.rules().engine().info().rulesHash() + ")");
            return true;
        }
        RulesState.Broken broken = (RulesState.Broken) next;
        broken.problems().forEach(p -> log.accept(p.format()));
        if (current.get() instanceof RulesState.Ready serving) {
            log.accept("mailblock serve: the changed rules do not compile (above); the rules loaded at "
                    + serving.rules().loadedAt() + " keep serving");
        } else {
            current.set(next);
            log.accept("mailblock serve: the rules still do not compile (above); requests are answered 503");
        }
        return false;
    }

    private RulesState compile() {
        try {
            DiagnosisEngine.Builder builder = DiagnosisEngine.builder().ruleCacheWarnings(log);
            if (folder != null) {
                builder.rulesDirectory(folder);
            }
            DiagnosisEngine engine = builder.build();
            MessageBundles bundles = folder == null ? MessageBundles.packaged(engine.catalogue())
                    : MessageBundles.directory(folder, engine.catalogue());
            return new RulesState.Ready(new LoadedRules(engine, bundles, clock.instant(), folder));
        } catch (RuleBaseException e) {
            return new RulesState.Broken(e.problems(), clock.instant());
        } catch (MessageBundleException e) {
            String where = folder == null ? "messages" : folder.resolve("messages").toString();
            return new RulesState.Broken(List.of(new RuleProblem(where, 0, 0, "error", e.getMessage())), clock.instant());
        }
    }
}
