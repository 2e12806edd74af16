package org.mailblock.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.mailblock.engine.DiagnosisEngine;
import org.mailblock.engine.RuleBaseException;
import org.mailblock.i18n.MessageBundles;
import picocli.CommandLine;

/**
 * Builds the engine of the packaged rules on a second thread while the arguments are parsed and the fact
 * file is read: a cold {@code diagnose} spends about as long on each, and most machines have a second core.
 * Only for the commands that report on fact files, without {@code --rules}; what the user sees (messages,
 * their order, exit codes) is the same as when the command builds the engine itself.
 */
final class EnginePrefetch {

    /** The commands that build the engine through {@link ReportSetup}. */
    private static final Set<String> COMMANDS = Set.of("diagnose", "packet");
    /** Arguments after which nothing is diagnosed, or another rule folder is used. */
    private static final Set<String> NOT_DIAGNOSING = Set.of("-h", "--help", "-V", "--version", "--rules");

    /**
     * What the second thread found: the edited checkout folder that runs instead of the packaged rules (then
     * nothing was built), or the packaged rules' engine, their message bundles and the warnings building them gave.
     */
    record Prepared(Path editedCheckout, DiagnosisEngine engine, MessageBundles bundles, List<String> warnings) {
    }

    private final CompletableFuture<Prepared> prepared = new CompletableFuture<>();

    private EnginePrefetch() {
    }

    /** Starts building when these arguments run a reporting command on the packaged rules, else returns nothing. */
    static Optional<EnginePrefetch> start(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return Optional.empty();
        }
        for (String arg : args) {
            if (NOT_DIAGNOSING.contains(arg) || arg.startsWith("--rules=")) {
                return Optional.empty();
            }
        }
        EnginePrefetch prefetch = new EnginePrefetch();
        Thread thread = new Thread(prefetch::build, "mailblock-engine-prefetch");
        // a run that ends early (a bad fact file, a usage error) must not wait for it
        thread.setDaemon(true);
        thread.start();
        return Optional.of(prefetch);
    }

    private void build() {
        try {
            Path edited = RuleFolder.editedCheckout();
            if (edited != null) {
                prepared.complete(new Prepared(edited, null, null, List.of()));
                return;
            }
            List<String> warnings = new ArrayList<>();
            DiagnosisEngine engine = DiagnosisEngine.builder().ruleCacheWarnings(warnings::add).build();
            prepared.complete(new Prepared(null, engine, MessageBundles.packaged(engine.catalogue()), List.copyOf(warnings)));
        } catch (Throwable e) {
            // given to the command, which reports it where it would have met it building the engine itself
            prepared.completeExceptionally(e);
        }
    }

    /** The prefetch this command's run started, if any. */
    static Optional<EnginePrefetch> of(CommandLine command) {
        CommandLine parent = command.getParent();
        return parent != null && parent.getCommand() instanceof MailblockCli cli ? cli.prefetch() : Optional.empty();
    }

    /** Waits for the second thread; throws what building threw. */
    Prepared await() throws RuleBaseException {
        try {
            return prepared.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuleBaseException rules) {
                throw rules;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
