package org.plaincaptions.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a room publishes on the edge: {@code captions} takes finished captions and the room's status
 * (the edge keeps the last of them for readers who join late), {@code live} the caption still being
 * spoken (the edge keeps only the newest). The live address is the captions address with
 * {@code /live} after it (deploy/nginx/plain-captions.conf).
 */
public record EdgeAddress(URI captions, URI live) {

    /** Reads {@code http://edge.example:8080/pub/hall-a}; the message of a failure says what is wrong. */
    public static EdgeAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an address: give the edge's publisher URL,"
                    + " for example http://edge.example:8080/pub/hall-a");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("\"" + text + "\" does not start with http:// or https://: give the"
                    + " edge's publisher URL, for example http://edge.example:8080/pub/hall-a");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" names no server: give the edge's publisher URL,"
                    + " for example http://edge.example:8080/pub/hall-a");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("\"" + text + "\" names no room: give the edge's publisher URL with"
                    + " the room at the end, for example http://edge.example:8080/pub/hall-a");
        }
        String base = scheme + "://" + uri.getRawAuthority() + path;
        return new EdgeAddress(URI.create(base), URI.create(base + "/live"));
    }

    @Override
    public String toString() {
        return captions.toString();
    }
}
