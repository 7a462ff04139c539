package org.plaincaptions.plain.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.plaincaptions.plain.Glossary;
import org.plaincaptions.plain.PlainLanguageRewriter;

/**
 * How long the app waits for the default glossary and the part-of-speech tagger when it starts: the
 * first load in a fresh JVM (reading the built-in glossary as the build compiled it and checking it
 * against its CSV files, building the matcher, and reading the tagger model, which happens on a second
 * thread meanwhile; decision 0016), measured in several forks. Other options than its own (-wi, -i)
 * make it a warm figure: run it on its own for the cold one.
 */
public class GlossaryLoadBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Object loadDefaultGlossaryCold() {
        PlainLanguageRewriter engine = new PlainLanguageRewriter(List.of(Glossary.builtIn()), Locale.UK);
        engine.awaitTagger();
        return engine;
    }
}
