package org.plaincaptions.suggest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions on their own thread: the thesaurus loads on the first request (never at app start), each
 * word is looked up once and remembered. Futures complete on that thread; the caller moves results
 * to the FX thread. If WordNet cannot be loaded, every future completes with no suggestions.
 */
public final class SuggestionService implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(SuggestionService.class);
    private static final long IDLE_SECONDS = 2;

    private final Supplier<PlainSuggester> load;
    private final ExecutorService worker;
    private final Map<String, CompletableFuture<List<Suggestion>>> asked = new ConcurrentHashMap<>();
    private volatile PlainSuggester suggester;
    private volatile boolean unavailable;

    /**
     * @param load makes the suggester (loading the thesaurus); called once, on the worker thread. It may
     *             return null when suggestions are unavailable.
     */
    public SuggestionService(Supplier<PlainSuggester> load) {
        this.load = load;
        // One thread at most, and none while idle: the app's thread count stays flat between meetings.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "plain-suggestions");
                    t.setDaemon(true);
                    t.setPriority(Thread.MIN_PRIORITY);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.worker = pool;
    }

    /** Up to three plain alternatives for {@code word}, looked up in the background. */
    public CompletableFuture<List<Suggestion>> suggest(String word) {
        return asked.computeIfAbsent(word, w -> CompletableFuture.supplyAsync(() -> lookUp(w), worker));
    }

    /** Forgets what was looked up, e.g. after the glossary changed (a suggestion may now be covered). */
    public void forget() {
        asked.clear();
    }

    private List<Suggestion> lookUp(String word) {
        if (unavailable) {
            return List.of();
        }
        if (suggester == null) {
            try {
                suggester = load.get();
            } catch (RuntimeException e) {
                LOGGER.warn("Plain-word suggestions are unavailable: {}", e.toString());
            }
            if (suggester == null) {
                unavailable = true;
                return List.of();
            }
        }
        return suggester.suggest(word);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
