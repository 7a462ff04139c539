package org.plaincaptions.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readers' web server (docs/decisions/0060, 0062): the reader page, its live event stream and the
 * signals. Read-only apart from {@code POST /signal}; a strict Content-Security-Policy; at most
 * {@code maxReaders} streams, then "the room is full"; small requests only. The only class that knows
 * the web server library.
 */
public final class ShareServer implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(ShareServer.class);
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final int MAX_REQUEST_BYTES = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Browsers reconnect 2 s after a stream breaks (the app restarting, a phone changing networks). */
    private static final byte[] RETRY = "retry: 2000\n\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * @param host       where to listen: an address of this computer, or {@code 0.0.0.0} for all of them
     * @param port       0 for any free port
     * @param roomCode   when set, readers need it (the QR code carries it)
     * @param maxReaders open event streams at most
     */
    public record Options(String host, int port, Optional<String> roomCode, int maxReaders) {
        public static final int DEFAULT_PORT = 8765;
        public static final int DEFAULT_MAX_READERS = 1000;

        public Options {
            roomCode = roomCode.map(String::strip).filter(c -> !c.isEmpty());
        }
    }

    private final Options options;
    private final ReaderHub hub;
    private final Signals signals;
    private final Javalin app;
    /** Sets up each new stream (Javalin's async step); ours, so that stopping the server ends its threads. */
    private final java.util.concurrent.ExecutorService streamSetUp = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "share-stream-setup");
        t.setDaemon(true);
        return t;
    });

    private ShareServer(Options options, ReaderHub hub, Signals signals) {
        this.options = options;
        this.hub = hub;
        this.signals = signals;
        QueuedThreadPool threads = new QueuedThreadPool(200, 4, 30_000);
        threads.setName("share-http");
        threads.setDaemon(true);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.threadPool = threads;
            config.concurrency.executor = kotlin.LazyKt.lazy(() -> new io.javalin.http.util.AsyncExecutor(streamSetUp));
            config.jetty.modifyServer(server -> server.addBean(
                    new NetworkConnectionLimit(options.maxReaders() + 200, server)));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            config.routes.before(ShareServer::safetyHeaders);
            ReaderPage.FILES.forEach((path, file) -> config.routes.get(path, ctx -> page(ctx, path, file)));
            config.routes.get("/events", this::events);
            config.routes.head("/events", this::eventsProbe);
            config.routes.post("/signal", this::signal);
        });
    }

    /** Starts listening; the message of a failure says what the facilitator can do. */
    public static ShareServer start(Options options, ReaderHub hub, Signals signals) throws ShareException {
        ShareServer server = new ShareServer(options, hub, signals);
        try {
            server.app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            server.app.stop();
            server.streamSetUp.shutdownNow();
            String where = options.host() + ":" + options.port();
            throw new ShareException(options.port() == 0 ? "Could not share on " + options.host() + ": " + e.getMessage()
                    : "Could not share on " + where + ": the port may be in use by another program. Pick another port"
                    + " (for example " + (options.port() + 1) + ").", e);
        }
        for (var connector : server.app.jettyServer().server().getConnectors()) {
            if (connector instanceof ServerConnector c) {
                c.setIdleTimeout(30_000); // heartbeats every 10 s keep quiet streams open
            }
        }
        LOGGER.info("Sharing captions on {}:{}{}", options.host(), server.port(),
                options.roomCode().isPresent() ? " with a room code" : "");
        return server;
    }

    public int port() {
        return app.port();
    }

    public Options options() {
        return options;
    }

    public ReaderHub hub() {
        return hub;
    }

    public Signals signals() {
        return signals;
    }

    private static void safetyHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-cache");
    }

    private boolean admitted(Context ctx) {
        return options.roomCode().isEmpty() || same(options.roomCode().get(), ctx.queryParam("room"));
    }

    private static boolean same(String code, String given) {
        return given != null && MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                given.strip().getBytes(StandardCharsets.UTF_8));
    }

    private void page(Context ctx, String path, ReaderPage file) {
        if (path.equals("/") && !admitted(ctx)) {
            ctx.status(ctx.queryParam("room") == null ? 200 : 403);
            file = ReaderPage.ROOM_CODE;
        }
        ctx.contentType(file.contentType()).result(file.bytes());
    }

    private void eventsProbe(Context ctx) {
        if (!admitted(ctx)) {
            ctx.status(403);
        } else if (hub.readers() >= hub.maxReaders()) {
            ctx.status(503);
        } else {
            ctx.status(200).contentType("text/event-stream");
        }
    }

    private void events(Context ctx) throws Exception {
        if (!admitted(ctx)) {
            ctx.status(403).contentType("text/plain; charset=utf-8").result("This room needs its room code.");
            return;
        }
        if (hub.readers() >= hub.maxReaders()) {
            ctx.status(503).header("Retry-After", "30").contentType("text/plain; charset=utf-8")
                    .result("The room is full: " + hub.maxReaders() + " readers are here already. Try again in a minute.");
            return;
        }
        OptionalLong lastSeen = lastEventId(ctx);
        // SseHandler streams only to a request that asks for exactly text/event-stream, as EventSource does.
        new SseHandler(0, client -> stream(client, lastSeen)).handle(ctx);
    }

    private void stream(SseClient client, OptionalLong lastSeen) {
        client.keepAlive();
        OutputStream out;
        try {
            out = client.ctx().res().getOutputStream();
            out.write(RETRY);
            out.flush();
        } catch (IOException e) {
            client.close();
            return;
        }
        Optional<ReaderStream> joined = hub.join(new ReaderStream.Output() {
            @Override
            public void write(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            public void close() {
                client.close();
            }
        }, lastSeen);
        if (joined.isEmpty()) {
            client.close(); // filled up meanwhile, or the server is stopping
            return;
        }
        client.onClose(joined.get()::close);
    }

    private static OptionalLong lastEventId(Context ctx) {
        String id = ctx.header("Last-Event-ID");
        if (id == null || id.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // an id from another server: start afresh
        }
    }

    private void signal(Context ctx) {
        if (!admitted(ctx)) {
            ctx.status(403).contentType("application/json").result("{\"counted\":false}");
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        Optional<Signals.Kind> kind = Optional.empty();
        try {
            JsonNode node = JSON.readTree(body);
            kind = node == null ? Optional.empty() : Signals.Kind.ofKey(node.path("signal").asText(""));
        } catch (IOException e) {
            // answered below
        }
        if (kind.isEmpty()) {
            ctx.status(400).contentType("application/json").result("{\"counted\":false}");
            return;
        }
        // A reader is a network address: a page cannot make itself many readers by sending made-up ids.
        Optional<Long> wait = signals.signal(ctx.ip(), kind.get());
        if (wait.isPresent()) {
            ctx.status(429).header("Retry-After", String.valueOf(wait.get())).contentType("application/json")
                    .result("{\"counted\":false,\"retryAfter\":" + wait.get() + "}");
        } else {
            ctx.status(202).contentType("application/json").result("{\"counted\":true}");
        }
    }

    /** Stops listening and ends every reader's stream. */
    @Override
    public void close() {
        hub.close();
        app.stop();
        streamSetUp.shutdownNow();
        LOGGER.info("Stopped sharing captions");
    }
}
