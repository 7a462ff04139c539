package org.plaincaptions.share.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
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
 * deploy/nginx/plain-captions.conf ({@code edge}). Prints where readers go ({@code STREAM url}: the
 * stream is {@code url/events}), waits for {@code --readers} readers (bench/ReaderLoad.java, the
 * laptop bench's client), publishes for {@code --seconds}, writes when it published each final to
 * {@code --emitted FILE} ("id millis" lines, as bench/ReaderLoad.java reads them), ends the session and
 * prints one JSON line: this process's CPU seconds and memory while publishing, and nginx's (all its
 * processes).
 *
 * <pre>java -cp ... org.plaincaptions.share.bench.RoomDriver laptop|edge --readers 2000 --seconds 60 --emitted FILE</pre>
 */
public final class RoomDriver {
    private static final long FINAL_EVERY_MS = 3000;
    private static final long PARTIAL_EVERY_MS = 200;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int readers = 1000;
        int seconds = 60;
        Path emittedFile = Path.of("emitted.txt");
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--readers" -> readers = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--emitted" -> emittedFile = Path.of(args[i + 1]);
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
            System.out.println("STREAM http://127.0.0.1:" + sharing.port());
        } else {
            edge = EdgeServer.start(Files.createTempDirectory("pc-bench-www"), readers + 100);
            EdgePublisher publisher = EdgePublisher.start(EdgeAddress.parse(edge.publisherUrl("bench")),
                    n -> System.err.println("room-driver: " + n.message()));
            room = publisher;
            int readerPort = edge.readerPort();
            connected = () -> established(readerPort); // nchan's own count is per worker
            server = publisher;
            System.out.println("STREAM " + edge.pageUrl("bench").replaceAll("/$", ""));
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
        List<String> emitted = new java.util.ArrayList<>();
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
            emitted.add(id + " " + System.currentTimeMillis());
            room.caption(caption(id, true, words));
            id++;
            Thread.sleep(PARTIAL_EVERY_MS);
            peakRss = Math.max(peakRss, rssMb(ProcessHandle.current()));
            peakNginxRss = Math.max(peakNginxRss, nginx.stream().mapToDouble(RoomDriver::rssMb).sum());
        }
        double cpu = cpuSeconds(ProcessHandle.current()) - cpuStart;
        double nginxCpu = nginx.stream().mapToDouble(RoomDriver::cpuSeconds).sum() - nginxCpuStart;
        double elapsed = (System.currentTimeMillis() - start) / 1000.0;
        Files.write(emittedFile, emitted);
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

    /** Established connections to this local port (Linux's /proc/net/tcp): the readers nginx holds. */
    private static int established(int port) {
        String local = String.format(Locale.ROOT, ":%04X ", port);
        try {
            return (int) Files.readAllLines(Path.of("/proc/net/tcp")).stream()
                    .map(l -> l.trim().split("\\s+"))
                    .filter(f -> f.length > 3 && (f[1] + " ").endsWith(local) && f[3].equals("01")).count();
        } catch (IOException e) {
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
