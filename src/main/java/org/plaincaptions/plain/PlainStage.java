package org.plaincaptions.plain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the plain-language stage the app, {@code simplify} and {@code transcribe} all use. */
public final class PlainStage {
    private static final Logger LOGGER = LoggerFactory.getLogger(PlainStage.class);
    /** How often a watched glossary is checked for changes; a change shows within a second. */
    static final Duration WATCH_INTERVAL = Duration.ofMillis(250);

    private PlainStage() {
    }

    /**
     * The built-in glossary followed by the given files, later files overriding earlier ones, writing
     * British English. Skipped rows are reported to {@code warnings}, one line each ({@code file:line: reason}).
     */
    public static PlainRewriter create(List<Path> glossaryFiles, Consumer<String> warnings) throws GlossaryException {
        return create(glossaryFiles, Locale.UK, warnings);
    }

    /** As {@link #create(List, Consumer)}, writing for {@code locale} (en-US gets American spelling). */
    public static PlainLanguageRewriter create(List<Path> glossaryFiles, Locale locale, Consumer<String> warnings)
            throws GlossaryException {
        long start = System.nanoTime();
        PlainLanguageRewriter engine = new PlainLanguageRewriter(read(glossaryFiles, warnings), locale);
        LOGGER.debug("Loaded {} glossary rows in {} ms", engine.entryCount(), (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    /**
     * As {@link #create(List, Locale, Consumer)}, and reloads within a second whenever one of the files
     * changes. Close it to stop watching. A file that fails to load is reported and the last good
     * glossaries stay in use. After the first load, {@code warnings} is called from the watching thread.
     */
    public static LiveRewriter watch(List<Path> glossaryFiles, Locale locale, Consumer<String> warnings)
            throws GlossaryException {
        return new LiveRewriter(glossaryFiles, () -> create(glossaryFiles, locale, warnings), warnings, WATCH_INTERVAL);
    }

    static List<Glossary> read(List<Path> glossaryFiles, Consumer<String> warnings) throws GlossaryException {
        List<Glossary> glossaries = new ArrayList<>();
        glossaries.add(Glossary.builtIn());
        for (Path file : glossaryFiles) {
            glossaries.add(Glossary.load(file, warnings));
        }
        return glossaries;
    }
}
