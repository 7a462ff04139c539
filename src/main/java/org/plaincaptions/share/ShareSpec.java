package org.plaincaptions.share;

/** {@code --share [HOST:]PORT}: where to listen; all of this computer's networks when no host is given. */
public record ShareSpec(String host, int port) {
    public static final String ALL_NETWORKS = "0.0.0.0";

    /** Parses {@code 8765}, {@code 127.0.0.1:0} or {@code 192.168.1.20:8765}; the message says what is wrong. */
    public static ShareSpec parse(String text) {
        String s = text == null ? "" : text.strip();
        int colon = s.lastIndexOf(':');
        String host = colon < 0 ? ALL_NETWORKS : s.substring(0, colon).replace("[", "").replace("]", "");
        String port = colon < 0 ? s : s.substring(colon + 1);
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number > 65535 || host.isBlank()) {
            throw new IllegalArgumentException("--share needs a port (0-65535), optionally after an address: "
                    + "8765, or 192.168.1.20:8765; got '" + text + "'");
        }
        return new ShareSpec(host, number);
    }
}
