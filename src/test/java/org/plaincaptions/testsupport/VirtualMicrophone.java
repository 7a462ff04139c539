package org.plaincaptions.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.TargetDataLine;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real microphone without hardware: a PulseAudio null sink whose monitor is made the default
 * source, so Java Sound's default input hears whatever is played into the sink with {@link #speak}.
 * Register it with {@code @RegisterExtension}; it plugs in before each test and is removed after.
 *
 * <p>What the machine needs (Debian; CI does this before starting Maven):
 * <pre>
 * apt-get install pulseaudio pulseaudio-utils libasound2-plugins
 * pulseaudio --daemonize=yes --exit-idle-time=-1   # before the JVM starts; as root it warns and runs
 * </pre>
 * Java Sound records through ALSA's {@code default} device. The {@code pulseaudio} package's
 * {@code /etc/alsa/conf.d/99-pulse.conf} points {@code default} at PulseAudio (through the plugin in
 * {@code libasound2-plugins}) only if PulseAudio is running when ALSA first reads its configuration
 * in a process, and a JVM never reads it again: PulseAudio started later is invisible to that JVM.
 * This helper starts PulseAudio if it is not running, which only helps when nothing in the JVM has
 * touched Java Sound's devices yet; otherwise it reports exactly that.
 *
 * <p>Missing tools or no usable input skip the test, unless {@code PLAINCAPTIONS_REQUIRE_VIRTUAL_MIC=true}
 * (environment variable or system property; CI sets it), which fails it instead.
 *
 * <p>The default source is machine-wide: two JVMs using virtual microphones at once disturb each other.
 */
public final class VirtualMicrophone implements BeforeEachCallback, AfterEachCallback, AutoCloseable {
    public static final String REQUIRE = "PLAINCAPTIONS_REQUIRE_VIRTUAL_MIC";
    private static final String PREFIX = "plaincaptions_vmic_";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);

    private final String sinkName = PREFIX + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
    private final List<Process> playing = new ArrayList<>();
    private String module;
    private String previousSource;

    /** The PulseAudio sink to play speech into. */
    public String sinkName() {
        return sinkName;
    }

    /** The PulseAudio source a microphone records from: the sink's monitor. */
    public String sourceName() {
        return sinkName + ".monitor";
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        plugIn();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /** Starts PulseAudio if needed, adds the microphone and makes it the default input. */
    public VirtualMicrophone plugIn() {
        for (String tool : List.of("pulseaudio", "pactl", "paplay")) {
            if (!onPath(tool)) {
                unavailable(tool + " is not installed (apt-get install pulseaudio pulseaudio-utils libasound2-plugins)");
            }
        }
        ensurePulseAudioRunning();
        removeLeftovers();
        replug();
        if (!javaSoundSeesAnInput()) {
            close();
            unavailable("Java Sound sees no input although PulseAudio runs: install libasound2-plugins and start"
                    + " PulseAudio before the JVM (pulseaudio --daemonize=yes --exit-idle-time=-1); ALSA reads"
                    + " its PulseAudio routing once per process");
        }
        return this;
    }

    /** Plays a WAV file into the microphone, as a person speaking; returns at once. */
    public Process speak(Path wav) {
        try {
            Process p = new ProcessBuilder("paplay", "-d", sinkName, wav.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            synchronized (playing) {
                playing.add(p);
            }
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run paplay: " + e.getMessage(), e);
        }
    }

    /** Plays a WAV file into the microphone and waits until it has been played (about its length). */
    public void speakAndWait(Path wav, Duration timeout) throws InterruptedException {
        Process p = speak(wav);
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("paplay " + wav + " did not finish within " + timeout);
        }
    }

    /**
     * Pulls the microphone out: the sink goes away. PulseAudio moves anything recording from it to
     * another source (here the silent "Dummy Output" monitor), so a recording goes on hearing silence.
     */
    public void unplug() {
        stopSpeaking();
        if (module != null) {
            pactl("unload-module", module);
            module = null;
        }
    }

    /** Plugs the microphone (back) in and makes it the default input again. */
    public void replug() {
        if (module != null) {
            return;
        }
        if (previousSource == null) {
            previousSource = defaultSource();
        }
        module = pactl("load-module", "module-null-sink", "sink_name=" + sinkName,
                "sink_properties=device.description=PlainCaptionsVirtualMicrophone").trim();
        pactl("set-default-source", sourceName());
    }

    /** Makes the microphone stop delivering sound at all, as a device whose driver hangs does. */
    public void stallDelivery() {
        pactl("suspend-sink", sinkName, "1");
    }

    public void resumeDelivery() {
        pactl("suspend-sink", sinkName, "0");
    }

    /** Stops any speech, removes the microphone and restores the previous default input. */
    @Override
    public void close() {
        unplug();
        if (previousSource != null && !previousSource.startsWith(PREFIX)) {
            tryPactl("set-default-source", previousSource);
        }
        previousSource = null;
    }

    private void stopSpeaking() {
        synchronized (playing) {
            playing.forEach(Process::destroy);
            playing.clear();
        }
    }

    private static void ensurePulseAudioRunning() {
        if (tryPactl("info")) {
            return;
        }
        run(List.of("pulseaudio", "--daemonize=yes", "--exit-idle-time=-1"), false);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!tryPactl("info")) {
            if (System.nanoTime() > deadline) {
                unavailable("PulseAudio did not start (pulseaudio --daemonize=yes --exit-idle-time=-1)");
            }
            sleep(100);
        }
    }

    /** Unloads microphones that tests in JVMs which have since died left behind. */
    private static void removeLeftovers() {
        Matcher m = Pattern.compile("(?m)^(\\d+)\\s+module-null-sink\\s+sink_name=" + PREFIX + "(\\d+)_")
                .matcher(pactl("list", "short", "modules"));
        while (m.find()) {
            if (ProcessHandle.of(Long.parseLong(m.group(2))).isEmpty()) {
                tryPactl("unload-module", m.group(1));
            }
        }
    }

    private static String defaultSource() {
        Matcher m = Pattern.compile("(?m)^Default Source: (.+)$").matcher(pactl("info"));
        return m.find() ? m.group(1).trim() : null;
    }

    private static boolean javaSoundSeesAnInput() {
        AudioFormat speech = new AudioFormat(16_000, 16, 1, true, false);
        return AudioSystem.isLineSupported(new DataLine.Info(TargetDataLine.class, speech));
    }

    private static String pactl(String... args) {
        List<String> command = new ArrayList<>(List.of("pactl"));
        command.addAll(List.of(args));
        return run(command, true);
    }

    private static boolean tryPactl(String... args) {
        try {
            pactl(args);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static String run(List<String> command, boolean mustSucceed) {
        try {
            Path out = Files.createTempFile("vmic", ".out");
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
                boolean done = p.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                String output = Files.readString(out, StandardCharsets.UTF_8);
                if (!done) {
                    p.destroyForcibly();
                }
                if (mustSucceed && (!done || p.exitValue() != 0)) {
                    throw new IllegalStateException(String.join(" ", command) + " failed: " + output.trim());
                }
                return output;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command.get(0), e);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void unavailable(String why) {
        String message = "No virtual microphone: " + why;
        if (required()) {
            Assertions.fail(message + " (" + REQUIRE + "=true, so this fails instead of skipping)");
        }
        Assumptions.abort(message);
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getProperty(REQUIRE, System.getenv(REQUIRE)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
