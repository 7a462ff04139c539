package org.plaincaptions.share.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.publish.EdgeAddress;
import org.plaincaptions.publish.EdgePublisher;
import org.plaincaptions.share.RoomEvents;
import org.plaincaptions.share.RoomState;
import org.plaincaptions.share.ShareServer;
import org.plaincaptions.share.Sharing;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;
import org.plaincaptions.testsupport.EdgeServer;

/**
 * The app's side of the reader load benches: one room's captions at live pace, a final every 3 s and
 * the words being spoken (a partial) every 200 ms in between, served by the laptop's own server
 * ({@code laptop}) or published to a real nginx + nchan edge on loopback that this process starts with
 * deploy/nginx/plain-captions.conf ({@code edge}). Prints the stream's address ({@code STREAM url}),
 * waits for {@code --readers} readers (run {@link ReaderLoad} against it), publishes for
 * {@code --seconds}, ends the session and prints one JSON line: this process's CPU seconds and memory
 * while publishing, and nginx's (all its processes).
 *
 * <pre>java -cp ... org.plaincaptions.share.bench.RoomDriver laptop|edge --readers 2000 --seconds 60</pre>
 */
public final class RoomDriver {
    private static final long FINAL_EVERY_MS = 3000;
    private static final long PARTIAL_EVERY_MS = 200;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int readers = 1000;
        int seconds = 60;
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--readers" -> readers = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        RoomEvents room;
        IntSupplier connected;
        AutoCloseable server;
        EdgeServer edge = null;
        if (mode.equals("laptop")) {
            Sharing sharing = Sharing.start(new ShareServer.Options("127.0.0.1", 0, Optional.empty(), readers + 100));
            room = sharing.hub();
            connected = sharing.hub()::readers;
            server = sharing;
            System.out.println("STREAM http://127.0.0.1:" + sharing.port() + "/events");
        } else {
            edge = EdgeServer.start(Files.createTempDirectory("pc-bench-www"), readers + 100);
            EdgePublisher publisher = EdgePublisher.start(EdgeAddress.parse(edge.publisherUrl("bench")),
                    n -> System.err.println("room-driver: " + n.message()));
            room = publisher;
            String info = edge.publisherUrl("bench");
            connected = () -> subscribers(info);
            server = publisher;
            System.out.println("STREAM " + edge.streamUrl("bench"));
            room.begin("bench");
            room.status(RoomState.LISTENING);
        }
        System.out.flush();
        if (mode.equals("laptop")) {
            room.begin("bench");
        }
        long waitUntil = System.nanoTime() + 120_000_000_000L;
        while (connected.getAsInt() < readers && System.nanoTime() < waitUntil) {
            Thread.sleep(250);
        }
        System.err.println("room-driver: " + connected.getAsInt() + " readers connected; publishing for " + seconds + " s");
        Thread.sleep(2000); // let the last joiners' catch-up go out
        List<ProcessHandle> nginx = edge == null ? List.of() : edge.processes();
        double cpuStart = cpuSeconds(ProcessHandle.current());
        double nginxCpuStart = nginx.stream().mapToDouble(RoomDriver::cpuSeconds).sum();
        long start = System.currentTimeMillis();
        long id = 1;
        double peakRss = 0;
        double peakNginxRss = 0;
        while (System.currentTimeMillis() - start < seconds * 1000L) {
            long utteranceStart = System.currentTimeMillis();
            int words = 0;
            while (System.currentTimeMillis() - utteranceStart < FINAL_EVERY_MS - PARTIAL_EVERY_MS) {
                words++;
                room.caption(caption(id, false, words));
                Thread.sleep(PARTIAL_EVERY_MS);
            }
            room.caption(caption(id, true, words));
            id++;
            Thread.sleep(PARTIAL_EVERY_MS);
            peakRss = Math.max(peakRss, rssMb(ProcessHandle.current()));
            peakNginxRss = Math.max(peakNginxRss, nginx.stream().mapToDouble(RoomDriver::rssMb).sum());
        }
        double cpu = cpuSeconds(ProcessHandle.current()) - cpuStart;
        double nginxCpu = nginx.stream().mapToDouble(RoomDriver::cpuSeconds).sum() - nginxCpuStart;
        double elapsed = (System.currentTimeMillis() - start) / 1000.0;
        room.status(RoomState.ENDED);
        Thread.sleep(10_000); // readers see the end
        System.out.println(String.format(Locale.ROOT, "{\"mode\":\"%s\",\"readers\":%d,\"finals\":%d,\"seconds\":%.0f,"
                        + "\"appCpuS\":%.1f,\"appCpuPct\":%.0f,\"appPeakRssMb\":%.0f,\"appThreads\":%d,"
                        + "\"nginxCpuS\":%.1f,\"nginxCpuPct\":%.0f,\"nginxPeakRssMb\":%.0f}",
                mode, readers, id - 1, elapsed, cpu, 100 * cpu / elapsed, peakRss, Thread.activeCount(),
                nginxCpu, 100 * nginxCpu / elapsed, peakNginxRss));
        System.out.flush();
        server.close();
        if (edge != null) {
            edge.close();
        }
        System.exit(0);
    }

    /** "sent <ms> word word ..." : the readers measure delivery from the time in the first words. */
    private static Caption caption(long id, boolean isFinal, int words) {
        StringBuilder text = new StringBuilder("sent ").append(System.currentTimeMillis());
        for (int i = 0; i < words; i++) {
            text.append(" word");
        }
        String raw = text.toString();
        List<Word> timed = isFinal ? List.of(new Word("word", id * 3.0, id * 3.0 + 2.5, 1.0)) : List.of();
        return new Caption(id, new Utterance(raw, timed, isFinal), new Rewrite(raw, raw, List.of(), 0));
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SUBSCRIBERS = Pattern.compile("\"subscribers\": *(\\d+)");

    private static int subscribers(String publisherUrl) {
        try {
            String body = HTTP.send(HttpRequest.newBuilder(URI.create(publisherUrl)).header("Accept", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = SUBSCRIBERS.matcher(body);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** utime + stime from /proc/PID/stat (clock ticks of 1/100 s). */
    private static double cpuSeconds(ProcessHandle p) {
        try {
            String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double rssMb(ProcessHandle p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }
}
