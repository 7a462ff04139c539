package org.plaincaptions.share;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The address readers type or scan: this computer's address on the venue's network (not 0.0.0.0,
 * which only means "every network"), the port, and the room code when there is one.
 */
public final class ShareAddress {
    private ShareAddress() {
    }

    /** {@code http://HOST:PORT/} or {@code http://HOST:PORT/?room=CODE}. */
    public static String of(String host, int port, Optional<String> roomCode) {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port + "/"
                + roomCode.map(c -> "?room=" + URLEncoder.encode(c, StandardCharsets.UTF_8)).orElse("");
    }

    /** Where readers find the server listening on {@code bound}: that address, or this computer's on the local network. */
    public static String hostFor(String bound) {
        if (!bound.equals("0.0.0.0") && !bound.equals("::") && !bound.isEmpty()) {
            return bound;
        }
        return localAddresses().stream().findFirst().orElse("127.0.0.1");
    }

    /**
     * This computer's IPv4 addresses on networks that are up, private (home, office, venue Wi-Fi)
     * ones first; no loopback. Only asked once sharing is on.
     */
    public static List<String> localAddresses() {
        List<String> privateOnes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        (a.isSiteLocalAddress() ? privateOnes : others).add(a.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        privateOnes.addAll(others);
        return privateOnes;
    }
}
