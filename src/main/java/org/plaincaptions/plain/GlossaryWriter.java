package org.plaincaptions.plain;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.plaincaptions.plain.GlossaryEntry.PartOfSpeech;

/**
 * Saves a glossary as the CSV {@link Glossary#load} reads. Atomically: the rows go to a temporary
 * file beside the glossary, reach the disk, and only then replace it in one rename, so a crash or
 * power cut mid-save leaves the old glossary whole.
 */
public final class GlossaryWriter {
    private static final String HEADER = "term,plain,pos,mode,note,source";

    private GlossaryWriter() {
    }

    public static void save(Path file, List<GlossaryEntry> entries) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.write('\n');
                for (GlossaryEntry e : entries) {
                    out.write(String.join(",", cell(e.term()), cell(e.plain()), cell(pos(e.pos())),
                            cell(e.mode().name().toLowerCase(Locale.ROOT)), cell(e.note()), cell(e.source())));
                    out.write('\n');
                }
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String pos(PartOfSpeech pos) {
        return pos == PartOfSpeech.UNSPECIFIED ? "" : pos.name().toLowerCase(Locale.ROOT);
    }

    /** Quoted when a spreadsheet would quote it: commas, quotes, line breaks, or spaces at its ends. */
    static String cell(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
