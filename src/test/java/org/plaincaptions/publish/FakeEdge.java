package org.plaincaptions.publish;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An edge in memory: channels of messages, which can be unreachable or restart (and forget). */
final class FakeEdge implements EdgeLink {
    private final Map<URI, List<String>> channels = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();
    private volatile boolean down;

    synchronized void down(boolean down) {
        this.down = down;
    }

    /** As nginx restarting: every channel's messages are gone. */
    synchronized void forget() {
        channels.clear();
    }

    synchronized List<String> messages(URI channel) {
        return new ArrayList<>(channels.getOrDefault(channel, List.of()));
    }

    /** Every request, as "POST uri json" or "DELETE uri". */
    synchronized List<String> log() {
        return new ArrayList<>(log);
    }

    @Override
    public synchronized int post(URI channel, String json) throws EdgeException {
        check();
        log.add("POST " + channel + " " + json);
        List<String> messages = channels.computeIfAbsent(channel, c -> new ArrayList<>());
        messages.add(json);
        return messages.size();
    }

    @Override
    public synchronized void delete(URI channel) throws EdgeException {
        check();
        log.add("DELETE " + channel);
        channels.remove(channel);
    }

    @Override
    public synchronized int held(URI channel) throws EdgeException {
        check();
        return channels.getOrDefault(channel, List.of()).size();
    }

    private void check() throws EdgeException {
        if (down) {
            throw new EdgeException("connection refused", false);
        }
    }
}
