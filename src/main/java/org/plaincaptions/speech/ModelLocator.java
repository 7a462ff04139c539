package org.plaincaptions.speech;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Vosk model folder: the one the user chose, else {@code models/} beside the working
 * directory, else {@code models/} beside the jar (or one level up, when the jar sits in {@code target/}).
 */
public final class ModelLocator {
    public static final String DEFAULT_MODEL = "vosk-model-small-en-us-0.15";
    public static final String FETCH_HINT = "run 'mvn package' in the Plain Captions folder to fetch the default "
            + "English model, or choose a model folder with --model DIR";

    private final Path workingDirectory;
    private final Optional<Path> jarDirectory;

    public ModelLocator(Path workingDirectory, Optional<Path> jarDirectory) {
        this.workingDirectory = workingDirectory;
        this.jarDirectory = jarDirectory;
    }

    /** The locator for this process: the current directory and the folder holding the running jar. */
    public static ModelLocator forThisProcess() {
        return new ModelLocator(Path.of("").toAbsolutePath(), runningJarDirectory());
    }

    /**
     * Resolves the model folder. {@code chosen} (from {@code --model} or the app's setting) wins when
     * given; it must then be a model itself, or hold the default model.
     */
    public Path locate(Optional<Path> chosen) throws SpeechModelException {
        if (chosen.isPresent()) {
            Path dir = chosen.get().toAbsolutePath().normalize();
            Path nested = dir.resolve(DEFAULT_MODEL);
            if (!ModelCheck.looksLikeModel(dir) && ModelCheck.looksLikeModel(nested)) {
                return nested;
            }
            ModelCheck.verify(dir);
            return dir;
        }
        for (Path candidate : candidates()) {
            if (ModelCheck.looksLikeModel(candidate)) {
                return candidate;
            }
        }
        Path first = candidates().get(0);
        if (Files.isDirectory(first)) {
            ModelCheck.verify(first); // names what is missing from a broken default model
        }
        throw new SpeechModelException("No speech model found in " + first + ": " + FETCH_HINT + ".");
    }

    /** The folders searched for the default model, in order. */
    public List<Path> candidates() {
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(workingDirectory.resolve("models").resolve(DEFAULT_MODEL));
        jarDirectory.ifPresent(jar -> {
            dirs.add(jar.resolve("models").resolve(DEFAULT_MODEL));
            if (jar.getParent() != null) {
                dirs.add(jar.getParent().resolve("models").resolve(DEFAULT_MODEL));
            }
        });
        List<Path> normalised = new ArrayList<>();
        dirs.forEach(d -> normalised.add(d.toAbsolutePath().normalize()));
        return normalised;
    }

    private static Optional<Path> runningJarDirectory() {
        try {
            var source = ModelLocator.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(Files.isRegularFile(location) ? location.getParent() : location);
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
