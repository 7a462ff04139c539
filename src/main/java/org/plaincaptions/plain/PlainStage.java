package org.plaincaptions.plain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Builds the plain-language stage the app, {@code simplify} and {@code transcribe} all use. */
public final class PlainStage {
    private PlainStage() {
    }

    /**
     * The built-in glossary followed by the given files; later files override earlier ones.
     * Skipped rows are reported to {@code warnings}, one line each.
     */
    public static PlainRewriter create(List<Path> glossaryFiles, Consumer<String> warnings) throws GlossaryException {
        List<Glossary> glossaries = new ArrayList<>();
        glossaries.add(Glossary.builtIn());
        for (Path file : glossaryFiles) {
            glossaries.add(Glossary.load(file, warnings));
        }
        return new GlossaryRewriter(glossaries);
    }
}
