package org.plaincaptions.share;

import java.util.Optional;
import java.util.function.Supplier;
import org.plaincaptions.pipeline.PipelineEvents;

/**
 * Captions shared to readers' phones: the server, its readers and their signals, as one thing that is
 * on or off. Off is the default everywhere: without it no socket is opened (docs/decisions/0044).
 */
public final class Sharing implements AutoCloseable {
    private final ShareServer server;
    private final String address;

    private Sharing(ShareServer server, String address) {
        this.server = server;
        this.address = address;
    }

    /** Starts serving the reader page; the message of a failure says what to do. */
    public static Sharing start(ShareServer.Options options) throws ShareException {
        ReaderHub hub = new ReaderHub(options.maxReaders());
        ShareServer server;
        try {
            server = ShareServer.start(options, hub, new Signals());
        } catch (ShareException e) {
            hub.close();
            throw e;
        }
        return new Sharing(server, ShareAddress.of(ShareAddress.hostFor(options.host()), server.port(), options.roomCode()));
    }

    /** What readers open (and the QR code carries): {@code http://192.168.1.20:8765/}. */
    public String address() {
        return address;
    }

    public int port() {
        return server.port();
    }

    public ShareServer.Options options() {
        return server.options();
    }

    public ReaderHub hub() {
        return server.hub();
    }

    public Signals signals() {
        return server.signals();
    }

    /** The receiver of caption runs' events for the readers; each run begins a session. */
    public PipelineEvents runs(Supplier<Optional<String>> sessionId) {
        return new RoomSharing(server.hub(), sessionId);
    }

    /** Tells readers sharing stopped, then closes their streams and the server. */
    @Override
    public void close() {
        server.hub().status(RoomState.STOPPED);
        server.close();
    }
}
