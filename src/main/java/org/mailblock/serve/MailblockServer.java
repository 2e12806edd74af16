package org.mailblock.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code mailblock serve}: the diagnosis over HTTP and the analysts' page, on the JDK's HTTP server.
 *
 * <pre>{@code
 * MailblockServer server = MailblockServer.start(ServeSettings.defaults().withPort(0), System.err::println);
 * URI diagnose = server.uri("/v1/diagnose");
 * ...
 * server.stop(Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>Requests run on a fixed pool with a bounded queue; when both are full a diagnosis is answered 503
 * at once. Every diagnosis request writes one line to the decision log. Stopping lets the requests
 * in flight finish (up to the grace period) before the process may exit.
 */
public final class MailblockServer {

    private final ServeSettings settings;
    private final RuleBaseHolder holder;
    private final RuleWatcher watcher;
    private final DecisionLog decisions;
    private final Consumer<String> log;
    private final Clock clock;
    private final BoundedExecutor executor;
    private final HttpServer server;
    private final DiagnoseEndpoint diagnose = new DiagnoseEndpoint();
    private final AnalystPage page;
    private volatile boolean stopped;

    private MailblockServer(ServeSettings settings, RuleBaseHolder holder, DecisionLog decisions, Consumer<String> log, Clock clock)
            throws IOException {
        this.settings = settings;
        this.holder = holder;
        this.decisions = decisions;
        this.log = log;
        this.clock = clock;
        this.page = new AnalystPage(settings.maxBodyBytes());
        this.executor = new BoundedExecutor(settings.threads(), settings.queue());
        this.server = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 64);
        server.setExecutor(executor);
        server.createContext("/", this::route);
        this.watcher = settings.watch() ? new RuleWatcher(holder, settings.watchInterval(), log) : null;
        server.start();
    }

    /**
     * Compiles the rules and starts serving. A rule folder that does not compile still starts the server:
     * it answers 503 with the problems until a change under {@code watch} compiles (see {@link #ready()}).
     *
     * @param settings how to serve
     * @param log      where the server says what it does (rules reloaded, failures); one line per call
     * @throws IOException when the address cannot be bound or the decision log cannot be opened
     */
    public static MailblockServer start(ServeSettings settings, Consumer<String> log) throws IOException {
        return start(settings, log, Clock.systemUTC());
    }

    static MailblockServer start(ServeSettings settings, Consumer<String> log, Clock clock) throws IOException {
        // the JDK server's own bounds on a slow client, read once when its first server is made
        String seconds = Long.toString(Math.max(1, settings.requestTimeout().toSeconds()));
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", seconds));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", seconds));
        DecisionLog decisions = !settings.logDecisions() ? DecisionLog.none()
                : settings.decisionLog() == null ? DecisionLog.to(System.err, log) : DecisionLog.toFile(settings.decisionLog(), log);
        RuleBaseHolder holder = new RuleBaseHolder(settings.rules(), clock, log);
        if (holder.current() instanceof RulesState.Broken broken) {
            broken.problems().forEach(p -> log.accept(p.format()));
            log.accept("mailblock serve: the rule base does not compile (above); diagnoses are answered 503 until it does");
        }
        try {
            return new MailblockServer(settings, holder, decisions, log, clock);
        } catch (IOException | RuntimeException e) {
            decisions.close();
            throw e;
        }
    }

    /** Whether a rule base that compiled is serving. */
    public boolean ready() {
        return holder.current() instanceof RulesState.Ready;
    }

    /** The rules that serve now, as {@code sha256:...}; empty when none compiled. */
    public java.util.Optional<String> rulesHash() {
        return holder.current() instanceof RulesState.Ready r ? java.util.Optional.of(r.rules().engine().info().rulesHash())
                : java.util.Optional.empty();
    }

    /** The address the server listens on (with the port chosen when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The URI of a path on this server. */
    public java.net.URI uri(String path) {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        return java.net.URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + path);
    }

    /**
     * Stops: the requests in flight finish (up to {@code grace}) while new diagnosis requests are answered
     * 503, then the server stops listening, and the watcher and the decision log close. Safe to call more than once.
     */
    public synchronized void stop(Duration grace) {
        if (stopped) {
            return;
        }
        stopped = true;
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            // the JDK server's own stop(delay) waits the whole delay even when idle: wait for our exchanges instead
            if (!executor.awaitIdle(deadline)) {
                log.accept("mailblock serve: requests still running after " + grace.toSeconds() + " s are cut off");
            }
            server.stop(0);
            executor.shutdown(Math.max(100, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop(0);
        }
        if (watcher != null) {
            watcher.close();
        }
        try {
            decisions.close();
        } catch (IOException e) {
            log.accept("mailblock serve: cannot close the decision log: " + e.getMessage());
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            boolean read = "GET".equals(method) || "HEAD".equals(method);
            RulesState state = holder.current();
            if (stopped && (DiagnoseEndpoint.PATH.equals(path) || "/".equals(path) && "POST".equals(method) || "/readyz".equals(path))) {
                Exchanges.send(exchange, ApiJson.error(503, "stopping", "the server is stopping; send the request to another one")
                        .withHeader("Connection", "close"));
                return;
            }
            Answer answer = switch (path) {
                case DiagnoseEndpoint.PATH -> "POST".equals(method) ? null : notAllowed("POST");
                case "/" -> "POST".equals(method) ? null : read ? page.form(state) : notAllowed("GET, POST");
                case "/v1/info" -> read ? ServiceDocuments.info(state, watcher != null) : notAllowed("GET");
                case "/v1/rules" -> read ? ServiceDocuments.rules(state) : notAllowed("GET");
                case "/v1/schema" -> read ? ServiceDocuments.factSchema() : notAllowed("GET");
                case "/v1/schema/diagnosis" -> read ? ServiceDocuments.diagnosisSchema() : notAllowed("GET");
                case "/v1/openapi" -> read ? ServiceDocuments.openApi() : notAllowed("GET");
                case "/healthz" -> read ? ServiceDocuments.health() : notAllowed("GET");
                case "/readyz" -> read ? ServiceDocuments.readiness(state) : notAllowed("GET");
                default -> ApiJson.error(404, "not-found", "no such endpoint; GET /v1/openapi describes them all");
            };
            if (answer == null) {
                answer = decide(exchange, path, state);
            }
            Exchanges.send(exchange, answer);
        } catch (IOException e) {
            // the client went away; nothing to answer
        } catch (RuntimeException e) {
            log.accept("mailblock serve: internal error on " + exchange.getRequestURI().getPath() + ": " + e);
            try {
                Exchanges.send(exchange, ApiJson.error(500, "internal-error", "internal error; the server's log says more"));
            } catch (IOException | RuntimeException ignored) {
                // the answer may have been started already; the connection closes
            }
        }
    }

    /** A diagnosis, by the API or the page: bounded, timed, logged. */
    private Answer decide(HttpExchange exchange, String endpoint, RulesState state) throws IOException {
        long started = System.nanoTime();
        Instant time = clock.instant();
        String id = UUID.randomUUID().toString();
        boolean isPage = "/".equals(endpoint);
        Handled handled;
        String inputHash = null;
        if (BoundedExecutor.overloaded()) {
            Answer busy = isPage ? page.busy(state) : ApiJson.error(503, "overloaded", "the server is busy; try again in a moment");
            handled = Handled.refused(busy.withHeader("Retry-After", "1").withHeader("Connection", "close"), "overloaded", null);
        } else {
            try {
                byte[] body = Exchanges.body(exchange, settings.maxBodyBytes());
                inputHash = sha256(body);
                handled = isPage ? page.submit(state, Exchanges.mediaType(exchange), exchange.getRequestHeaders().getFirst("Content-Type"), body)
                        : diagnose.answer(state, Exchanges.mediaType(exchange), body, Exchanges.query(exchange));
            } catch (Exchanges.TooLarge e) {
                Answer tooLarge = isPage ? page.tooLarge(state, settings.maxBodyBytes()) : ApiJson.error(413, "too-large", e.getMessage());
                handled = Handled.refused(tooLarge.withHeader("Connection", "close"), "too-large", null);
            }
        }
        double millis = (System.nanoTime() - started) / 1e6;
        decisions.write(new Decision(id, time, endpoint, inputHash, handled.rulesHash(), handled.tenant(), handled.leadingCause(),
                handled.tenantBanned(), millis, handled.outcome(), handled.answer().status()));
        return handled.answer().withHeader("Mailblock-Decision-Id", id);
    }

    private static Answer notAllowed(String allowed) {
        return ApiJson.error(405, "method-not-allowed", "this endpoint answers " + allowed).withHeader("Allow", allowed);
    }

    static String sha256(byte[] body) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
