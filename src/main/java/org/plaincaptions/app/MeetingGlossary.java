package org.plaincaptions.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.plaincaptions.plain.GlossaryException;
import org.plaincaptions.plain.LiveRewriter;
import org.plaincaptions.plain.PlainStage;
import org.plaincaptions.plain.SessionRewriter;
import org.plaincaptions.settings.GlossaryFile;
import org.plaincaptions.settings.GlossaryRow;
import org.plaincaptions.ui.control.GlossaryFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meeting's glossary: a CSV file in the user's data folder that the plain-language stage watches
 * ({@link PlainStage#watch}), so a row added in the control room reaches the captions within a second.
 * File work runs on the app's I/O thread; results come back on the FX thread.
 */
final class MeetingGlossary implements GlossaryFiles, AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(MeetingGlossary.class);

    private final GlossaryFile file;
    private final Executor io;
    private final Consumer<Runnable> fx;
    private volatile LiveRewriter live;
    private volatile SessionRewriter rewriter;

    MeetingGlossary(GlossaryFile file, Executor io) {
        this(file, io, Platform::runLater);
    }

    MeetingGlossary(GlossaryFile file, Executor io, Consumer<Runnable> fx) {
        this.file = file;
        this.io = io;
        this.fx = fx;
    }

    /** Makes the file if needed and starts watching it; call off the FX thread. */
    SessionRewriter open(Consumer<String> warnings) throws GlossaryException, IOException {
        file.createIfMissing();
        live = PlainStage.watch(List.of(file.path()), Locale.UK, warnings);
        rewriter = new SessionRewriter(live);
        return rewriter;
    }

    Path path() {
        return file.path();
    }

    /** The plain-language stage in use, explaining terms once a session; null before {@link #open}. */
    SessionRewriter rewriter() {
        return rewriter;
    }

    /**
     * Whether the glossaries in use would rewrite {@code words}: such words are jargon, never offered
     * as plain alternatives. False before {@link #open}. Pure: it explains nothing once.
     */
    boolean rewrites(String words) {
        LiveRewriter engine = live;
        return engine != null && engine.rewriteFinal(words).changed();
    }

    /** Whether a glossary in use covers the word: jargon spotting leaves it out then. */
    boolean covers(String word) {
        SessionRewriter r = rewriter;
        return r != null && r.covers(word);
    }

    /** Adds (or replaces) a row for {@code term}; {@code done} gets empty or what went wrong, on the FX thread. */
    void add(String term, String plain, Consumer<Optional<String>> done) {
        GlossaryRow row = GlossaryRow.of(term, plain);
        Optional<String> problem = row.problem();
        if (problem.isPresent()) {
            done.accept(problem);
            return;
        }
        io.execute(() -> {
            Optional<String> outcome;
            try {
                file.save(GlossaryFile.merge(file.read(), List.of(row)));
                LOGGER.info("Added a row to the meeting glossary {}", file.path());
                outcome = Optional.empty();
            } catch (IOException | RuntimeException e) {
                LOGGER.warn("Could not add to the meeting glossary {}: {}", file.path(), e.toString());
                outcome = Optional.of("Not saved: " + e.getMessage());
            }
            Optional<String> result = outcome;
            fx.accept(() -> done.accept(result));
        });
    }

    @Override
    public CompletableFuture<List<GlossaryRow>> load() {
        return onIo(file::read);
    }

    @Override
    public CompletableFuture<Void> save(List<GlossaryRow> rows) {
        return onIo(() -> {
            file.save(rows);
            return null;
        });
    }

    @Override
    public CompletableFuture<List<GlossaryRow>> read(Path csv) {
        return onIo(() -> GlossaryFile.read(csv));
    }

    @Override
    public CompletableFuture<Void> write(Path csv, List<GlossaryRow> rows) {
        return onIo(() -> {
            org.plaincaptions.settings.AtomicFiles.writeDocument(csv, GlossaryFile.toCsv(rows)); // to pass on
            return null;
        });
    }

    private interface IoWork<T> {
        T run() throws IOException;
    }

    private <T> CompletableFuture<T> onIo(IoWork<T> work) {
        Supplier<T> supplier = () -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        };
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture.supplyAsync(supplier, io).whenComplete((value, failure) -> fx.accept(() -> {
            if (failure != null) {
                result.completeExceptionally(failure.getCause() != null ? failure.getCause() : failure);
            } else {
                result.complete(value);
            }
        }));
        return result;
    }

    @Override
    public void close() {
        if (live != null) {
            live.close();
        }
    }
}
