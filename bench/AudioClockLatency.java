import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.Pcm;
import org.plaincaptions.pipeline.LatencyProbe;
import org.plaincaptions.pipeline.PauseCutter;
import org.plaincaptions.speech.SpeechModel;
import org.plaincaptions.speech.SpeechRecognizer;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;

/**
 * Latency on the audio clock: feeds WAV files (16 kHz mono) to the real recogniser in 50 ms chunks with
 * pause cuts, as RecognitionLoop does, and times each partial and final by the audio fed so far, through
 * the app's LatencyProbe. The figures leave out compute time, so they are the same on every run and on a
 * busy machine; the recognition thread's CPU time is printed beside them (decision 0009).
 *   java -cp target/classes:CLASSPATH bench/AudioClockLatency.java MODEL_DIR on|off WAV...
 */
public class AudioClockLatency {
    public static void main(String[] args) throws Exception {
        PauseCutter.Settings cuts = args[1].equals("on") ? PauseCutter.Settings.DEFAULT : PauseCutter.Settings.OFF;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (SpeechModel model = SpeechModel.load(Path.of(args[0]))) {
            for (int f = 2; f < args.length; f++) {
                byte[] pcm;
                try (AudioInputStream in = AudioSystem.getAudioInputStream(Path.of(args[f]).toFile())) {
                    pcm = in.readAllBytes();
                }
                LatencyProbe probe = new LatencyProbe();
                PauseCutter cutter = new PauseCutter(cuts);
                long sample = 0;
                long cpu = 0;
                String last = "";
                try (SpeechRecognizer recognizer = model.newRecognizer()) {
                    for (int off = 0; off < pcm.length; off += Pcm.DEFAULT_CHUNK_BYTES) {
                        byte[] bytes = Arrays.copyOfRange(pcm, off, Math.min(pcm.length, off + Pcm.DEFAULT_CHUNK_BYTES));
                        long end = sample + bytes.length / Pcm.BYTES_PER_SAMPLE;
                        long now = end * 1_000_000_000L / Pcm.SAMPLE_RATE;
                        AudioChunk chunk = new AudioChunk(bytes, sample, Pcm.levelDbfs(bytes), now);
                        probe.delivered(chunk);
                        long before = threads.getCurrentThreadCpuTime();
                        Utterance heard = recognizer.accept(chunk);
                        boolean cut = cutter.heard(chunk, !heard.isFinal() && !heard.isEmpty());
                        if (heard.isFinal()) {
                            probe.finalShown(heard.words(), now);
                            last = "";
                        } else if (!heard.text().equals(last)) {
                            last = heard.text();
                            probe.partialShown(heard.words().stream().map(Word::text).toList(), heard.words().size(), now);
                        }
                        if (cut) {
                            probe.finalShown(recognizer.finish().words(), now);
                            cutter.ended();
                            last = "";
                        }
                        cpu += threads.getCurrentThreadCpuTime() - before;
                        sample = end;
                    }
                    probe.finalShown(recognizer.finish().words(), sample * 1_000_000_000L / Pcm.SAMPLE_RATE);
                }
                System.out.printf(Locale.ROOT, "%s cuts %s: latency p50/p95 %s ms, settled %s ms, first shown %s ms, recogniser CPU %.1f s%n",
                        Path.of(args[f]).getFileName(), args[1], pct(probe.latencies()), pct(probe.settledLatencies()),
                        pct(probe.firstShownLatencies()), cpu / 1e9);
            }
        }
    }

    private static String pct(double[] values) {
        if (values.length == 0) {
            return "-";
        }
        Arrays.sort(values);
        return String.format(Locale.ROOT, "%.0f/%.0f", values[(int) Math.ceil(0.5 * values.length) - 1],
                values[(int) Math.ceil(0.95 * values.length) - 1]);
    }
}
