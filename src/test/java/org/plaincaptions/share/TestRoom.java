package org.plaincaptions.share;

import java.util.List;
import java.util.Optional;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.Change;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;

/** The real server on 127.0.0.1 and a free port, with captions the test makes up. */
final class TestRoom implements AutoCloseable {
    final ReaderHub hub;
    final Signals signals = new Signals();
    final ShareServer server;

    TestRoom() throws ShareException {
        this(Optional.empty(), 1000);
    }

    TestRoom(Optional<String> roomCode, int maxReaders) throws ShareException {
        this(0, roomCode, maxReaders);
    }

    TestRoom(int port, Optional<String> roomCode, int maxReaders) throws ShareException {
        hub = new ReaderHub(maxReaders);
        server = ShareServer.start(new ShareServer.Options("127.0.0.1", port, roomCode, maxReaders), hub, signals);
    }

    String page() {
        return ShareAddress.of("127.0.0.1", server.port(), server.options().roomCode());
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    void begin(String session) {
        hub.begin(session);
    }

    /** A final caption, numbered {@code id}, saying {@code words} as said. */
    void say(long id, String words) {
        hub.caption(caption(id, words, words, List.of(), true));
    }

    void partial(long id, String words) {
        hub.caption(caption(id, words, words, List.of(), false));
    }

    /** "we will leverage it" shown as "we will use it", the change marked. */
    void sayLeverage(long id) {
        String raw = "we will leverage it";
        String plain = "We will use it.";
        hub.caption(caption(id, raw, plain, List.of(new Change("leverage", "use", 8, 11, "glossary:leverage")), true));
    }

    static Caption caption(long id, String raw, String plain, List<Change> changes, boolean isFinal) {
        List<Word> words = new java.util.ArrayList<>();
        double t = id * 3.0;
        for (String w : raw.split(" ")) {
            words.add(new Word(w, t, t + 0.3, 1.0));
            t += 0.35;
        }
        return new Caption(id, new Utterance(raw, isFinal ? words : List.of(), isFinal),
                new Rewrite(raw, plain, changes, 0));
    }

    @Override
    public void close() {
        server.close();
    }
}
