package org.plaincaptions.plain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rewriter that follows its glossary files: a background thread checks them a few times a second
 * and swaps in a freshly built engine when one changes. Each rewrite uses one engine from start to
 * end, so results stay consistent while a swap happens. The engines themselves stay pure.
 */
public final class LiveRewriter implements PlainRewriter, AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(LiveRewriter.class);

    /** Builds an engine from the files as they are now. */
    @FunctionalInterface
    interface Builder {
        PlainRewriter build() throws GlossaryException;
    }

    /** What tells an edit apart: the time to the file system's finest, the size, and the file itself (a save that replaces it). */
    private record Stamp(Instant modified, long size, Object fileKey) {
    }

    private final List<Path> files;
    private final Builder builder;
    private final Consumer<String> warnings;
    private final AtomicReference<PlainRewriter> current = new AtomicReference<>();
    private final ScheduledExecutorService watcher;
    private volatile List<Stamp> stamps;

    LiveRewriter(List<Path> files, Builder builder, Consumer<String> warnings, Duration interval) throws GlossaryException {
        this.files = List.copyOf(files);
        this.builder = builder;
        this.warnings = warnings;
        this.stamps = stamps();
        current.set(builder.build());
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "glossary-watch");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::reloadIfChanged, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public Rewrite rewriteFinal(String raw) {
        return current.get().rewriteFinal(raw);
    }

    @Override
    public Rewrite rewritePartial(String raw) {
        return current.get().rewritePartial(raw);
    }

    @Override
    public Rewrite rewriteFinal(String raw, Set<String> alreadyExplained) {
        return current.get().rewriteFinal(raw, alreadyExplained);
    }

    @Override
    public Rewrite rewritePartial(String raw, Set<String> alreadyExplained) {
        return current.get().rewritePartial(raw, alreadyExplained);
    }

    @Override
    public boolean covers(String word) {
        return current.get().covers(word);
    }

    /** The engine in use now. */
    public PlainRewriter current() {
        return current.get();
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }

    private void reloadIfChanged() {
        List<Stamp> now = stamps();
        if (now.equals(stamps)) {
            return;
        }
        stamps = now;
        try {
            current.set(builder.build());
            LOGGER.info("Glossaries reloaded after a change to {}", files);
        } catch (GlossaryException e) {
            warnings.accept(e.getMessage() + " The glossaries loaded before stay in use.");
        } catch (RuntimeException e) {
            LOGGER.warn("Reloading glossaries failed; the ones loaded before stay in use", e);
        }
    }

    private List<Stamp> stamps() {
        List<Stamp> list = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                var attributes = Files.readAttributes(file, BasicFileAttributes.class);
                list.add(new Stamp(attributes.lastModifiedTime().toInstant(), attributes.size(), attributes.fileKey()));
            } catch (IOException e) {
                list.add(new Stamp(Instant.MIN, -1, null));
            }
        }
        return list;
    }

    @Override
    public String toString() {
        return "LiveRewriter" + Objects.toString(files);
    }
}
