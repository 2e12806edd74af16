package org.mailblock.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mailblock.facts.VisibleText;
import org.mailblock.serve.MailblockServer;
import org.mailblock.serve.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mailblock serve}: the diagnosis over HTTP and the analysts' page, until SIGTERM or Ctrl-C. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serve diagnoses over HTTP, and a page for analysts at /.",
            "",
            "POST /v1/diagnose takes a fact file (YAML or JSON, by Content-Type) and answers exactly what "
                + "'mailblock diagnose' prints for it; the options format, lang, redact and explain go in the query. "
                + "GET /v1/info, /v1/rules, /v1/schema, /v1/openapi, /healthz and /readyz describe the service. "
                + "The page at / takes a fact file or bounce messages and shows the HTML report.",
            "",
            "Every diagnosis writes one JSON line to the decision log (standard error unless --decision-log). "
                + "SIGTERM or Ctrl-C stops the server after the requests in flight have finished.",
            ""
        },
        footer = {"", "Examples:",
            "  mailblock serve",
            "  mailblock serve --port 9000 --rules my-rules --watch --decision-log decisions.jsonl",
            "  curl --data-binary @tenant.yaml -H 'Content-Type: application/yaml' http://127.0.0.1:8705/v1/diagnose",
            "",
            "Exit codes:",
            "  0  stopped",
            "  1  internal error",
            "  2  bad usage: a rule folder that does not exist, --watch without a rule",
            "     folder, an address that cannot be listened on",
            "  3  the rule base does not compile (without --watch; with it, the server",
            "     starts and answers 503 until the rules compile)"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServeSettings.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ServeSettings.LOOPBACK,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    private String bind;

    @Option(names = "--rules", paramLabel = "DIR", description = RuleFolder.NAMED_HELP)
    private Path rules;

    @Option(names = "--watch",
            description = "Recompile the rule folder in the background when it changes, and swap the new rules in only when they compile; "
                    + "requests in flight finish on the old rules, and a failed compile is logged while the old rules keep serving.")
    private boolean watch;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServeSettings.DEFAULT_MAX_BODY,
            description = "The largest request body accepted; larger ones are answered 413 (default: ${DEFAULT-VALUE}, 1 MiB).")
    private long maxBody;

    @Option(names = "--threads", paramLabel = "N",
            description = "Requests handled at once (default: the number of processors).")
    private Integer threads;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
            description = "Requests that may wait for a thread; more are answered 503 at once (default: ${DEFAULT-VALUE}).")
    private int queue;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The longest a client may take to send a request or to read the answer (default: ${DEFAULT-VALUE}).")
    private long requestTimeout;

    @Option(names = "--decision-log", paramLabel = "FILE",
            description = "Append the decision log (JSON Lines) to FILE instead of writing it to standard error.")
    private Path decisionLog;

    @Option(names = "--no-decision-log", description = "Keep no decision log.")
    private boolean noDecisionLog;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path folder = RuleFolder.forReports(rules, err);
        if (watch && folder == null) {
            throw new UsageError("--watch needs a rule folder to watch: give --rules DIR");
        }
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UsageError("the rule folder " + folder + " does not exist");
        }
        if (maxBody < 1 || queue < 0 || requestTimeout < 1 || (threads != null && threads < 1)) {
            throw new UsageError("--max-body, --threads and --request-timeout must be 1 or more, --queue 0 or more");
        }
        ServeSettings settings = new ServeSettings(bind, port, folder, watch, Duration.ofSeconds(1), maxBody,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), queue, Duration.ofSeconds(requestTimeout),
                decisionLog, !noDecisionLog);
        MailblockServer server;
        try {
            server = MailblockServer.start(settings, line -> {
                err.println(VisibleText.of(line));
                err.flush();
            });
        } catch (BindException e) {
            throw new UsageError("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UsageError("cannot start: " + e.getMessage());
        }
        if (!server.ready() && !watch) {
            server.stop(Duration.ZERO);
            err.println("mailblock serve: the rule base does not compile; nothing is served.");
            return ExitCodes.RULES_BROKEN;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("mailblock serve: stopping; the requests in flight finish first");
            err.flush();
            server.stop(Duration.ofSeconds(10));
            stopped.countDown();
        }, "mailblock-serve-stop"));
        err.println(VisibleText.of("mailblock serve: listening on " + server.uri("/") + " ("
                + server.rulesHash().orElse("no rules compiled yet") + "); SIGTERM or Ctrl-C stops"));
        err.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
