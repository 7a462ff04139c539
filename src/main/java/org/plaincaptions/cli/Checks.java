package org.plaincaptions.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.plaincaptions.audio.AudioSourceException;
import org.plaincaptions.audio.FileSource;
import org.plaincaptions.audio.Pace;
import org.plaincaptions.plain.GlossaryException;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.plain.PlainStage;

/** Up-front checks that turn bad input into one clear line before any work starts. */
final class Checks {
    private Checks() {
    }

    static void readableFile(Path file, String what) throws UserError {
        if (!Files.exists(file)) {
            throw new UserError(what + " " + file + " does not exist: check the path.");
        }
        if (Files.isDirectory(file)) {
            throw new UserError(what + " " + file + " is a folder: give a file.");
        }
        if (!Files.isReadable(file)) {
            throw new UserError(what + " " + file + " cannot be read: check its permissions.");
        }
    }

    /** Opens the audio file and closes it again, so a file that is not usable audio is one line up front. */
    static void audioFile(Path file) throws UserError {
        try (FileSource source = new FileSource(file, Pace.AS_FAST_AS_POSSIBLE)) {
            source.open();
        } catch (AudioSourceException e) {
            throw new UserError(e.getMessage());
        }
    }

    static PlainRewriter plainStage(List<Path> glossaries) throws UserError {
        for (Path glossary : glossaries) {
            readableFile(glossary, "Glossary");
        }
        try {
            return PlainStage.create(glossaries, warning -> System.err.println("plain-captions: " + warning));
        } catch (GlossaryException e) {
            throw new UserError(e.getMessage());
        }
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }
}
