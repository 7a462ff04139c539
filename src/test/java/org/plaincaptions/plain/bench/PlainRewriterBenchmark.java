package org.plaincaptions.plain.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.plaincaptions.plain.Glossary;
import org.plaincaptions.plain.PlainLanguageRewriter;

/**
 * Throughput of final results (words per second, one thread) and latency of one partial result, with
 * the default glossary and with the default plus a synthetic 10,000-entry glossary.
 * Run with {@code bench/plain-jmh.sh}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlainRewriterBenchmark {
    @Param({"default", "default+synthetic10k"})
    public String glossary;

    private PlainLanguageRewriter engine;
    private List<String> sentences;
    private String[] partials;
    private int next;

    @Setup
    public void setUp() {
        Glossary synthetic = BenchmarkSpeech.syntheticGlossary(10_000);
        boolean withSynthetic = glossary.contains("synthetic");
        engine = new PlainLanguageRewriter(withSynthetic ? List.of(Glossary.builtIn(), synthetic)
                : List.of(Glossary.builtIn()), Locale.UK);
        List<String> terms = new java.util.ArrayList<>(BenchmarkSpeech.defaultTerms());
        if (withSynthetic) {
            terms.addAll(BenchmarkSpeech.syntheticTerms(synthetic).subList(0, 2_000));
        }
        sentences = BenchmarkSpeech.corpus(terms, 7);
        partials = BenchmarkSpeech.partials(sentences).toArray(new String[0]);
    }

    /** Rewrites 1,000 words of final results; the score is words per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BenchmarkSpeech.CORPUS_WORDS)
    public void finalWords(Blackhole sink) {
        for (String sentence : sentences) {
            sink.consume(engine.rewriteFinal(sentence));
        }
    }

    /** Rewrites one partial result (1 to 20 words), as the recogniser sends them; sampled for percentiles. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object partialLatency() {
        String partial = partials[next];
        next = next + 1 == partials.length ? 0 : next + 1;
        return engine.rewritePartial(partial);
    }
}
