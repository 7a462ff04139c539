package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a user would: {@code java -jar target/plain-captions.jar ...}. */
final class Jar {
    static final Path JAR = Path.of(System.getProperty("plaincaptions.jar", "target/plain-captions.jar"));
    static final Path MODEL = Path.of(System.getProperty("plaincaptions.model",
            "models/vosk-model-small-en-us-0.15"));

    static final Path NATIVE = JAR.resolveSibling("it-native");

    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.isBlank() ? List.of() : List.of(err.strip().split("\n"));
        }

        String lastErrLine() {
            List<String> lines = errLines();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private Jar() {
    }

    /**
     * The built model as a file read as fast as it can be runs it (decision 0009): its parts linked into
     * {@code dir}, its conf copied without the decoder chunk line the build adds. For bare Vosk to run on.
     */
    static Path modelOnVosksOwnChunk(Path dir) throws IOException {
        Path folder = dir.resolve("model-own-chunk");
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Files.createDirectories(folder.resolve("conf"));
        for (String part : List.of("am", "graph", "ivector")) {
            Files.createSymbolicLink(folder.resolve(part), MODEL.resolve(part).toAbsolutePath());
        }
        Files.copy(MODEL.resolve("conf/mfcc.conf"), folder.resolve("conf/mfcc.conf"));
        List<String> conf = Files.readAllLines(MODEL.resolve("conf/model.conf"));
        assertThat(conf).as("the built conf").anyMatch(line -> line.startsWith("--frames-per-chunk="));
        Files.write(folder.resolve("conf/model.conf"), conf.stream().filter(l -> !l.startsWith("--frames-per-chunk=")).toList());
        return folder;
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return runWithInput(null, args);
    }

    static Result runWithInput(String stdin, String... args) throws IOException, InterruptedException {
        return runIn(Files.createTempDirectory("pc-home"), stdin, args);
    }

    /**
     * Runs with {@code home} as the user's data and state folders ({@code XDG_DATA_HOME}, {@code XDG_STATE_HOME}):
     * sessions and logs go there, never into the real user's folders, and runs in one home share them.
     */
    static Result runIn(Path home, String stdin, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged jar (run mvn verify)").exists();
        Path out = Files.createTempFile("pc-out", ".txt");
        Path err = Files.createTempFile("pc-err", ".txt");
        try {
            ProcessBuilder builder = builder(home, args).redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            if (stdin != null) {
                process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("plain-captions " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** {@code java -jar plain-captions.jar ARGS} with its data and state folders in {@code home}. */
    static ProcessBuilder builder(Path home, String... args) throws IOException {
        // One copy of Vosk's native library for all these runs, not 26 MB in every temporary home (decision 0008).
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Dplaincaptions.native=" + NATIVE.toAbsolutePath(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", Files.createDirectories(home.resolve("data")).toString());
        builder.environment().put("XDG_STATE_HOME", Files.createDirectories(home.resolve("state")).toString());
        return builder;
    }

    /** The sessions folder of runs in {@code home}. */
    static Path sessions(Path home) {
        return home.resolve("data/plain-captions/sessions");
    }

    /** The log file of runs in {@code home}. */
    static Path log(Path home) {
        return home.resolve("state/plain-captions/logs/plain-captions.log");
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
