package org.plaincaptions.share;

import java.nio.charset.StandardCharsets;

/**
 * One server-sent event as it goes on the wire: {@code id: N}, {@code data: JSON}, a blank line. The
 * id increases with every event of this server, so a browser's {@code Last-Event-ID} says where to resume.
 */
record Frame(long id, Kind kind, String json) {

    enum Kind { FINAL, PARTIAL, STATUS }

    byte[] bytes() {
        return ("id: " + id + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
