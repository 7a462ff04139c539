package org.plaincaptions.ui.control;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.plaincaptions.settings.GlossaryRow;

/**
 * The glossary editor's way to disk. The app does the work off the FX thread; the futures complete
 * on the FX thread.
 */
public interface GlossaryFiles {
    /** The meeting's glossary as it is on disk now. */
    CompletableFuture<List<GlossaryRow>> load();

    /** Replaces the meeting's glossary (atomically): the captions use it within a second. */
    CompletableFuture<Void> save(List<GlossaryRow> rows);

    /** Rows of another CSV file, to import. */
    CompletableFuture<List<GlossaryRow>> read(Path csv);

    /** Writes rows to a CSV file, to export. */
    CompletableFuture<Void> write(Path csv, List<GlossaryRow> rows);
}
