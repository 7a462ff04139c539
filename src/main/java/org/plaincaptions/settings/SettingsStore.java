package org.plaincaptions.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link Settings} in {@code settings.json} in the user's config folder. A missing file gives the
 * defaults; a damaged one gives the defaults too, and is kept beside as {@code settings.json.bak} so
 * nothing a person wrote by hand is lost. Values missing from the file take their defaults, so a file
 * from an older version still loads. Saving is atomic.
 */
public final class SettingsStore {
    private static final Logger LOGGER = LoggerFactory.getLogger(SettingsStore.class);
    public static final String FILE_NAME = "settings.json";

    /** What loading found: the settings to use, and a sentence for the facilitator when the file was damaged. */
    public record Loaded(Settings settings, Optional<String> problem) {
    }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore in(AppFolders folders) {
        return new SettingsStore(folders.config().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The file kept aside when the settings could not be read. */
    public Path backup() {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public Loaded load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.DEFAULT, Optional.empty());
        } catch (IOException e) {
            LOGGER.warn("Settings file {} cannot be read: {}", file, e.toString());
            return new Loaded(Settings.DEFAULT, Optional.of("The settings file " + file
                    + " could not be read, so the app started with its usual settings."));
        }
        try {
            JsonNode read = mapper.readTree(text);
            if (read == null || !read.isObject()) {
                throw new IOException("not a JSON object");
            }
            ObjectNode merged = mapper.valueToTree(Settings.DEFAULT);
            merge(merged, (ObjectNode) read);
            return new Loaded(mapper.treeToValue(merged, Settings.class).sanitized(), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            LOGGER.warn("Settings file {} is damaged ({}); using defaults and keeping it as {}", file,
                    e.getMessage(), backup());
            return new Loaded(Settings.DEFAULT, Optional.of(keepDamaged()));
        }
    }

    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, mapper.writeValueAsString(settings) + System.lineSeparator());
    }

    /** Settings as the file would hold them, for tests and the log. */
    public String toJson(Settings settings) throws JsonProcessingException {
        return mapper.writeValueAsString(settings);
    }

    private String keepDamaged() {
        try {
            Files.move(file, backup(), StandardCopyOption.REPLACE_EXISTING);
            return "The settings file was damaged, so the app started with its usual settings. The old file is kept as "
                    + backup() + ".";
        } catch (IOException e) {
            LOGGER.warn("Could not keep the damaged settings as {}: {}", backup(), e.toString());
            return "The settings file " + file + " was damaged, so the app started with its usual settings.";
        }
    }

    /** Copies the values of {@code from} into {@code into}, object by object, so missing ones keep their defaults. */
    private static void merge(ObjectNode into, ObjectNode from) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode target && field.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else {
                into.set(field.getKey(), field.getValue());
            }
        }
    }
}
