package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A speech model folder that is damaged the ways a cut-short download or a wrong folder damages it: the
 * jar says in one line which folder and how to get the default model, and never crashes. The cases
 * include every one that crashed Vosk natively when measured (docs/decisions/0041-bad-input.md).
 */
class ModelDamageIT {
    @TempDir
    Path tmp;

    /** A copy of the real model made of links, with one file damaged. */
    private Path damagedModel(String file, String damage) throws IOException {
        Path model = tmp.resolve("model");
        try (Stream<Path> files = Files.walk(Jar.MODEL)) {
            for (Path original : files.filter(Files::isRegularFile).toList()) {
                Path copy = model.resolve(Jar.MODEL.relativize(original).toString());
                Files.createDirectories(copy.getParent());
                if (copy.endsWith(file)) {
                    Files.copy(original, copy);
                } else {
                    Files.createSymbolicLink(copy, original.toAbsolutePath());
                }
            }
        }
        Path target = model.resolve(file);
        switch (damage) {
            case "missing" -> Files.delete(target);
            case "empty" -> Files.write(target, new byte[0]);
            case "random" -> {
                byte[] noise = new byte[(int) Math.min(Files.size(target), 1 << 20)];
                new java.util.Random(7).nextBytes(noise);
                Files.write(target, noise);
            }
            default -> {
                try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
                    long cut = damage.equals("half") ? f.length() / 2 : Long.parseLong(damage.replace("cut", ""));
                    f.setLength(cut);
                }
            }
        }
        return model;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            conf/model.conf,          cut2
            conf/model.conf,          cut150
            ivector/splice.conf,      cut17
            ivector/splice.conf,      empty
            graph/disambig_tid.int,   cut51
            graph/disambig_tid.int,   empty
            conf/mfcc.conf,           empty
            conf/mfcc.conf,           random
            am/final.mdl,             half
            am/final.mdl,             missing
            graph/HCLr.fst,           half
            graph/Gr.fst,             random
            ivector/final.ie,         missing
            ivector/final.dubm,       half
            """)
    void aDamagedModelIsOneLineNamingTheFolderNeverACrash(String file, String damage) throws Exception {
        Path model = damagedModel(file, damage);

        Jar.Result result = Jar.run("transcribe", Speech.fixture("help-kal").toString(), "--model", model.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(1);
        assertThat(result.errLines()).as("standard error").singleElement().asString()
                .startsWith("plain-captions: ").contains(model.toString()).contains("mvn package");
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            an empty folder
            a folder of other files
            """)
    void aFolderThatIsNoModelAtAllIsOneLine(String what) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("folder"));
        if (what.contains("other")) {
            Files.writeString(folder.resolve("notes.txt"), "agenda");
            Files.createDirectories(folder.resolve("am"));
            Files.writeString(folder.resolve("am/final.mdl"), "not a model");
        }

        Jar.Result result = Jar.run("transcribe", Speech.fixture("help-kal").toString(), "--model", folder.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .isEqualTo("plain-captions: The folder " + folder + " is not a complete Vosk model ("
                        + (what.contains("other") ? "conf/mfcc.conf" : "am/final.mdl") + " is missing or empty): run 'mvn"
                        + " package' in the Plain Captions folder to fetch the default English model, or choose a model"
                        + " folder with --model DIR.");
        assertThat(List.of(result.err())).noneMatch(e -> e.contains("VoskAPI"));
    }
}
