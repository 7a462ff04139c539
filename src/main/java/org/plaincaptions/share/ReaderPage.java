package org.plaincaptions.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The reader page's files, read once from the jar (they sit beside this class): nothing is loaded
 * from anywhere else, so the page works on a network with no internet.
 */
record ReaderPage(String name, String contentType, byte[] bytes) {

    static final Map<String, ReaderPage> FILES = Map.of(
            "/", load("reader.html", "text/html; charset=utf-8"),
            "/reader.css", load("reader.css", "text/css; charset=utf-8"),
            "/reader.js", load("reader.js", "text/javascript; charset=utf-8"),
            "/config.json", load("config.json", "application/json"),
            "/icon.svg", load("icon.svg", "image/svg+xml"));

    static final ReaderPage ROOM_CODE = load("room-code.html", "text/html; charset=utf-8");

    private static ReaderPage load(String name, String contentType) {
        try (InputStream in = ReaderPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks the reader page's " + name);
            }
            return new ReaderPage(name, contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
