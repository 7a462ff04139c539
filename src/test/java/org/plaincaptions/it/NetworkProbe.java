package org.plaincaptions.it;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/** What NoNetworkIT must catch: a connection attempt and a name lookup. Run as a program, under strace. */
public final class NetworkProbe {
    private NetworkProbe() {
    }

    public static void main(String[] args) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 9), 200);
        } catch (Exception e) {
            System.out.println("connect: " + e.getMessage());
        }
        try {
            InetAddress.getByName("plain-captions.invalid");
        } catch (Exception e) {
            System.out.println("lookup: " + e.getMessage());
        }
    }
}
