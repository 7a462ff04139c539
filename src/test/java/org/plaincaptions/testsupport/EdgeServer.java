package org.plaincaptions.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real nginx with nchan on 127.0.0.1, started by a test with deploy/nginx/plain-captions.conf (the
 * example the guide describes): only its listen addresses (free ports), the page's folder, the laptops'
 * network (127.0.0.1) and the per-address limit are changed. Its own prefix, pid, logs and temporary
 * folders in a temporary directory; never the system's nginx. {@link #kill()} ends it as a crash would
 * (SIGKILL to the master and its workers); {@link #restart()} starts it again on the same ports.
 */
public final class EdgeServer implements AutoCloseable {
    public static final Path NGINX = Path.of("/usr/sbin/nginx");
    public static final Path NCHAN = Path.of("/usr/lib/nginx/modules/ngx_nchan_module.so");
    public static final Path EXAMPLE = Path.of("deploy/nginx/plain-captions.conf");

    private final Path dir;
    private final Path www;
    private final int readerPort;
    private final int publisherPort;
    private Process nginx;

    private EdgeServer(Path dir, Path www, int readerPort, int publisherPort) {
        this.dir = dir;
        this.www = www;
        this.readerPort = readerPort;
        this.publisherPort = publisherPort;
    }

    /** Fails (on CI) or skips (elsewhere) when nginx and its nchan module are not installed. */
    public static void assumeInstalled() {
        if (!Files.isExecutable(NGINX) || !Files.isRegularFile(NCHAN)) {
            String message = "nginx and libnginx-mod-nchan are not installed (apt-get install nginx libnginx-mod-nchan)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    /** Serves the page's files in {@code www} and the rooms' channels; at most {@code perAddress} readers from one address. */
    public static EdgeServer start(Path www, int perAddress) throws IOException, InterruptedException {
        assumeInstalled();
        Path dir = Files.createTempDirectory("pc-nginx");
        for (String sub : List.of("logs", "temp")) {
            Files.createDirectories(dir.resolve(sub));
        }
        EdgeServer edge = new EdgeServer(dir, www, freePort(), freePort());
        edge.writeConfig(perAddress);
        edge.launch();
        return edge;
    }

    public static EdgeServer start(Path www) throws IOException, InterruptedException {
        return start(www, 500);
    }

    /** The publisher URL of a room, as given to --publish. */
    public String publisherUrl(String room) {
        return "http://127.0.0.1:" + publisherPort + "/pub/" + room;
    }

    /** The page readers of a room open. */
    public String pageUrl(String room) {
        return "http://127.0.0.1:" + readerPort + "/rooms/" + room + "/";
    }

    public String streamUrl(String room) {
        return pageUrl(room) + "events";
    }

    public int readerPort() {
        return readerPort;
    }

    /** The master's process and its workers', for figures. */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(nginx.toHandle());
        nginx.toHandle().children().forEach(all::add);
        return all;
    }

    /** Ends nginx as a crash would: every process at once, no goodbye to readers or publishers. */
    public void kill() throws InterruptedException {
        List<ProcessHandle> all = processes();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> p).join();
        }
        waitUntil(() -> !listening(readerPort) && !listening(publisherPort), "nginx to stop listening");
    }

    /** Starts nginx again with the same configuration and ports (its messages are gone: it keeps them in memory). */
    public void restart() throws IOException, InterruptedException {
        launch();
    }

    public Path errorLog() {
        return dir.resolve("logs/error.log");
    }

    private void writeConfig(int perAddress) throws IOException {
        String site = Files.readString(EXAMPLE);
        Map<String, String> changes = Map.of(
                "listen 80;", "listen 127.0.0.1:" + readerPort + ";",
                "listen 8080;", "listen 127.0.0.1:" + publisherPort + ";",
                "root /var/www/plain-captions;", "root " + www.toAbsolutePath() + ";",
                "allow 192.168.10.0/24;", "allow 127.0.0.1;",
                "limit_conn pc_readers_per_address 500;", "limit_conn pc_readers_per_address " + perAddress + ";");
        for (Map.Entry<String, String> change : changes.entrySet()) {
            Assertions.assertTrue(site.contains(change.getKey()), EXAMPLE + " no longer has \"" + change.getKey()
                    + "\": change EdgeServer with it");
            site = site.replace(change.getKey(), change.getValue());
        }
        Files.writeString(dir.resolve("plain-captions.conf"), site);
        String temp = dir.resolve("temp").toString();
        // As this test's own user, so nginx's workers can read the page in a private temporary folder.
        String main = "load_module " + NCHAN + ";\n"
                + "user " + System.getProperty("user.name") + ";\n"
                + "worker_processes 2;\n"
                + "worker_rlimit_nofile 16384;\n"
                + "pid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + errorLog() + " notice;\n"
                + "events { worker_connections 8192; }\n"
                + "http {\n"
                + "  include /etc/nginx/mime.types;\n"
                + "  default_type application/octet-stream;\n"
                + "  access_log off;\n"
                + "  client_body_temp_path " + temp + "/body;\n"
                + "  proxy_temp_path " + temp + "/proxy;\n"
                + "  fastcgi_temp_path " + temp + "/fastcgi;\n"
                + "  uwsgi_temp_path " + temp + "/uwsgi;\n"
                + "  scgi_temp_path " + temp + "/scgi;\n"
                + "  include " + dir.resolve("plain-captions.conf") + ";\n"
                + "}\n";
        Files.writeString(dir.resolve("nginx.conf"), main);
    }

    private void launch() throws IOException, InterruptedException {
        nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-e", errorLog().toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!(listening(readerPort) && listening(publisherPort))) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("logs/stdout.log"))
                        + (Files.exists(errorLog()) ? Files.readString(errorLog()) : ""));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("nginx did not listen in 20 s");
            }
            Thread.sleep(50);
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        if (nginx != null && nginx.isAlive()) {
            processes().forEach(ProcessHandle::destroy); // SIGTERM: nginx's fast shutdown
            try {
                if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                    processes().forEach(ProcessHandle::destroyForcibly);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system clears it in the end
        }
    }
}
