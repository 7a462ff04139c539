package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing leaves the machine: every command, and the desktop app captioning a recording, runs under
 * {@code strace} and must not connect, bind, listen or send on a network socket, nor look up a name.
 * Local (Unix) sockets are fine: the sound server and the display use them. strace sees the native code
 * too (Vosk, Java Sound, JavaFX).
 */
class NoNetworkIT {
    private static final String REQUIRE = "PLAINCAPTIONS_REQUIRE_VIRTUAL_MIC";

    @TempDir
    Path home;

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void need(String tool, String packageName) {
        if (!onPath(tool)) {
            String message = tool + " is not installed (apt-get install " + packageName + ")";
            if ("true".equals(System.getenv(REQUIRE))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    /**
     * The calls of a traced run that would reach a network: connecting, binding, listening or sending on an
     * internet socket (IPv4 or IPv6). The JDK's network library, which its NIO file channels load, creates
     * and closes three internet sockets when it loads, to see whether IPv4, IPv6 and SO_REUSEPORT exist
     * ({@code net_util.c}); those are never bound, connected or used, and are allowed. Any other use of an
     * internet socket, and any DNS lookup (which connects to a name server), is a failure.
     */
    static List<String> networkCalls(Path trace) throws Exception {
        Pattern call = Pattern.compile("^\\d+\\s+(\\w+)\\((\\d+)?");
        Set<String> internet = new HashSet<>();
        List<String> network = new ArrayList<>();
        for (String line : Files.readAllLines(trace)) {
            Matcher m = call.matcher(line);
            if (!m.find()) {
                continue;
            }
            String name = m.group(1);
            String fd = m.group(2);
            boolean inetAddress = line.contains("sa_family=AF_INET");
            switch (name) {
                case "socket" -> {
                    if (line.contains("(AF_INET") && line.matches(".*= \\d+$")) {
                        internet.add(line.replaceAll(".*= (\\d+)$", "$1"));
                    }
                }
                case "close" -> internet.remove(fd);
                case "connect", "bind", "listen", "sendto", "sendmsg" -> {
                    if (inetAddress || internet.contains(fd)) {
                        network.add(line);
                    }
                }
                default -> {
                }
            }
        }
        return network;
    }

    private Path traced(String name, String... args) throws Exception {
        need("strace", "strace");
        Path trace = home.resolve(name + ".strace");
        List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "-e",
                "trace=socket,connect,bind,listen,sendto,sendmsg,close", "-o", trace.toString()));
        command.addAll(Jar.builder(home).command());
        command.addAll(List.of(args));
        ProcessBuilder builder = Jar.builder(home).command(command).redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(home.resolve(name + ".out").toFile()).redirectError(home.resolve(name + ".err").toFile());
        Process p = builder.start();
        p.getOutputStream().write("we will leverage it\n".getBytes());
        p.getOutputStream().close();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as(name + " finished").isTrue();
        assertThat(p.exitValue()).as(name + ": " + Files.readString(home.resolve(name + ".err"))).isZero();
        return trace;
    }

    @Test
    void noCommandOpensANetworkSocket() throws Exception {
        List<String> network = new ArrayList<>();
        network.addAll(networkCalls(traced("transcribe", "transcribe", Speech.fixture("help-kal").toString(),
                "--format", "srt")));
        network.addAll(networkCalls(traced("sessions", "sessions")));
        network.addAll(networkCalls(traced("export", "export", "latest", "--format", "jsonl")));
        network.addAll(networkCalls(traced("simplify", "simplify")));
        network.addAll(networkCalls(traced("devices", "devices")));

        assertThat(network).isEmpty();
        assertThat(Files.readString(home.resolve("transcribe.strace"))).as("strace saw the run").contains("socket(");
    }

    @Test
    void theCheckCatchesAConnectionAndANameLookup() throws Exception {
        need("strace", "strace");
        Path trace = home.resolve("probe.strace");
        Process p = new ProcessBuilder("strace", "-f", "-qq", "-e", "trace=socket,connect,bind,listen,sendto,sendmsg,close",
                "-o", trace.toString(), Jar.javaBinary(), "-cp", "target/test-classes", NetworkProbe.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(networkCalls(trace)).anySatisfy(l -> assertThat(l).contains("connect(").contains("AF_INET"));
    }

    /** Sharing to phones is the one thing that listens, and only when asked: the check sees it. */
    @Test
    void onlySharingToPhonesListensAndTheCheckSeesIt() throws Exception {
        List<String> calls = networkCalls(traced("share", "transcribe", Speech.fixture("help-kal").toString(),
                "--share", "127.0.0.1:0"));
        assertThat(calls).anySatisfy(l -> assertThat(l).contains("bind(").contains("127.0.0.1"));
        assertThat(calls).anySatisfy(l -> assertThat(l).contains("listen("));
        assertThat(calls).noneSatisfy(l -> assertThat(l).contains("connect(").doesNotContain("127.0.0.1"));
    }

    @Test
    void theDesktopAppCaptioningARecordingOpensNoNetworkSocket() throws Exception {
        need("strace", "strace");
        need("Xvfb", "xvfb libgtk-3-0");
        int display = 90 + (int) (ProcessHandle.current().pid() % 9);
        Process xvfb = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1280x800x24")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path trace = home.resolve("desktop.strace");
        Process app = null;
        try {
            Thread.sleep(1000);
            List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "-e",
                    "trace=socket,connect,bind,listen,sendto,sendmsg,close", "-o", trace.toString()));
            command.addAll(Jar.builder(home).command());
            command.addAll(List.of("--audio-file", Speech.fixture("help-kal").toString(), "--start"));
            ProcessBuilder builder = Jar.builder(home).command(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(home.resolve("desktop.err").toFile());
            builder.environment().put("DISPLAY", ":" + display);
            app = builder.start();
            // Long enough to load the model and caption the recording at live pace.
            assertThat(app.waitFor(20, TimeUnit.SECONDS)).as("the app is still running").isFalse();
        } finally {
            if (app != null) {
                app.descendants().forEach(ProcessHandle::destroyForcibly);
                app.destroyForcibly();
                app.waitFor(10, TimeUnit.SECONDS);
            }
            xvfb.destroyForcibly();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }

        assertThat(networkCalls(trace)).isEmpty();
        assertThat(Files.readString(trace)).as("the app talked to the display").contains("X11-unix");
    }
}
