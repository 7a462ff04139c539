package org.plaincaptions.plain.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Records the partial results Vosk really produces for speech files, so churn can be measured on them
 * without the model: {@code P text} for each new partial, {@code F text} for each final.
 * Usage: {@code PartialRecorder <model dir> <output dir> <16 kHz mono wav>...} (see bench/plain-churn.sh).
 */
public final class PartialRecorder {
    private static final int CHUNK_BYTES = 3200;

    private PartialRecorder() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        try (Model model = new Model(args[0])) {
            for (int a = 2; a < args.length; a++) {
                Path wav = Path.of(args[a]);
                String name = wav.getFileName().toString().replaceFirst("\\.wav$", "");
                try (Recognizer recognizer = new Recognizer(model, 16000f);
                     AudioInputStream audio = AudioSystem.getAudioInputStream(wav.toFile());
                     InputStream in = audio;
                     PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out.resolve(name + ".txt"),
                             StandardCharsets.UTF_8))) {
                    writer.println("# Vosk small en-us 0.15, Java binding 0.3.45: partial (P) and final (F) results for "
                            + wav.getFileName() + ", fed in " + CHUNK_BYTES + "-byte chunks. Made by bench/plain-churn.sh.");
                    byte[] buffer = new byte[CHUNK_BYTES];
                    String last = "";
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        if (recognizer.acceptWaveForm(buffer, n)) {
                            last = writeFinal(writer, json.readTree(recognizer.getResult()).path("text").asText());
                        } else {
                            String partial = json.readTree(recognizer.getPartialResult()).path("partial").asText();
                            if (!partial.isEmpty() && !partial.equals(last)) {
                                writer.println("P " + partial);
                                last = partial;
                            }
                        }
                    }
                    writeFinal(writer, json.readTree(recognizer.getFinalResult()).path("text").asText());
                }
                System.out.println("recorded " + name);
            }
        }
    }

    private static String writeFinal(PrintWriter writer, String text) {
        if (!text.isEmpty()) {
            writer.println("F " + text);
        }
        return "";
    }
}
