package org.plaincaptions.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.Pcm;
import org.plaincaptions.pipeline.LatencyProbe;
import org.plaincaptions.pipeline.PipelineStats;
import org.plaincaptions.speech.ModelLocator;
import org.plaincaptions.speech.Word;
import org.vosk.LibVosk;
import org.vosk.Model;
import org.vosk.Recognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Bare Vosk, for comparison: the loop from Vosk's own Java example on one thread, with none of Plain
 * Captions' pipeline in between. Benchmarks and the word-for-word test run it beside {@code transcribe};
 * with {@code --realtime} it is paced like a microphone and timed with the same latency measure.
 */
@Command(name = "vosk-baseline", hidden = true,
        description = "Bare Vosk on a 16 kHz mono 16-bit WAV file, for comparing figures and words.")
public final class VoskBaselineCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--model", paramLabel = "DIR")
    Path model;

    @Option(names = "--stats")
    boolean stats;

    @Option(names = "--realtime")
    boolean realtime;

    @Override
    public Integer call() throws Exception {
        Checks.readableFile(file, "Audio file");
        Path folder = ModelLocator.forThisProcess().locate(Optional.ofNullable(model));
        // Timed from the first touch of Vosk, as transcribe's model_load_s is: both include loading the
        // native library (JNA copies it out of the jar first here, as for any user of Vosk's binding).
        long loadStart = System.nanoTime();
        LibVosk.vosk_set_log_level(-1);
        try (Model vosk = new Model(folder.toString());
             AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(Files.newInputStream(file)));
             Recognizer recognizer = new Recognizer(vosk, Pcm.SAMPLE_RATE)) {
            if (!audio.getFormat().matches(Pcm.FORMAT)) {
                throw new UserError("vosk-baseline takes 16 kHz mono 16-bit WAV only: " + file + " is " + audio.getFormat());
            }
            recognizer.setWords(true);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            LatencyProbe latency = new LatencyProbe();
            StringBuilder text = new StringBuilder();
            double cpuStart = ProcessCpu.seconds();
            long start = System.nanoTime();
            long samples = 0;
            long words = 0;
            String lastPartial = "";
            byte[] buffer = new byte[Pcm.DEFAULT_CHUNK_BYTES];
            int n;
            while ((n = audio.readNBytes(buffer, 0, buffer.length)) > 0) {
                long first = samples;
                samples += n / Pcm.BYTES_PER_SAMPLE;
                if (realtime) {
                    LockSupport.parkNanos(start + samples * 1_000_000_000L / Pcm.SAMPLE_RATE - System.nanoTime());
                }
                latency.delivered(new AudioChunk(Arrays.copyOf(buffer, n), first, 0, System.nanoTime()));
                if (recognizer.acceptWaveForm(buffer, n)) {
                    words += emitFinal(recognizer.getResult(), text, latency);
                    lastPartial = "";
                } else if (realtime) {
                    String partial = JSON.readTree(recognizer.getPartialResult()).path("partial").asText("");
                    if (!partial.equals(lastPartial)) {
                        lastPartial = partial;
                        List<String> shown = partial.isEmpty() ? List.of() : List.of(partial.split(" "));
                        latency.partialShown(shown, shown.size(), System.nanoTime());
                    }
                }
            }
            words += emitFinal(recognizer.getFinalResult(), text, latency);
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = ProcessCpu.seconds() - cpuStart;
            System.out.print(text);
            System.out.flush();
            if (stats) {
                PipelineStats figures = PipelineStats.of(samples / (double) Pcm.SAMPLE_RATE, wall, words, latency, 0);
                System.err.println(StatsLine.of(figures, loadSeconds, cpuSeconds, realtime));
            }
        }
        return 0;
    }

    private static int emitFinal(String json, StringBuilder text, LatencyProbe latency) throws IOException {
        JsonNode root = JSON.readTree(json);
        String line = root.path("text").asText("").strip();
        if (!line.isEmpty()) {
            text.append(line).append('\n');
        }
        List<Word> words = new ArrayList<>();
        for (JsonNode w : root.path("result")) {
            words.add(new Word(w.path("word").asText(), w.path("start").asDouble(), w.path("end").asDouble(), 1));
        }
        latency.finalShown(words, System.nanoTime());
        return words.size();
    }
}
