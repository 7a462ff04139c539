package org.plaincaptions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.Change;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.plain.Rewrite;

class CaptionPipelineTest {

    /** Upper-cases everything and holds back a trailing "going", as if "going forward" might follow. */
    private static final PlainRewriter SHOUTING = new PlainRewriter() {
        @Override
        public Rewrite rewriteFinal(String raw) {
            return new Rewrite(raw, raw.toUpperCase(), List.of(new Change(raw, raw.toUpperCase(), 0, raw.length(), "test")), 0);
        }

        @Override
        public Rewrite rewritePartial(String raw) {
            if (raw.endsWith(" going")) {
                String shown = raw.substring(0, raw.length() - 6);
                return new Rewrite(raw, shown.toUpperCase(), List.of(), 1);
            }
            return new Rewrite(raw, raw.toUpperCase(), List.of(), 0);
        }
    };

    private EventLog run(SilentSource source, ScriptedRecognizer recognizer) throws InterruptedException {
        EventLog events = new EventLog();
        CaptionPipeline pipeline = new CaptionPipeline(source, recognizer, SHOUTING, events);
        pipeline.start();
        assertThat(pipeline.awaitEnd(30, TimeUnit.SECONDS)).isTrue();
        return events;
    }

    @Test
    void emitsPartialsAsWordsArriveThenTheRewrittenFinal() throws Exception {
        EventLog events = run(new SilentSource(20, false), new ScriptedRecognizer("we need to talk"));
        List<String> partials = events.captions.stream().filter(c -> !c.isFinal()).map(Caption::plain).toList();
        assertThat(partials).containsExactly("WE", "WE NEED", "WE NEED TO", "WE NEED TO TALK");
        assertThat(events.finalPlain()).containsExactly("WE NEED TO TALK");
        Caption last = events.captions.stream().filter(c -> !c.isEmpty() && c.isFinal()).findFirst().orElseThrow();
        assertThat(last.raw()).isEqualTo("we need to talk");
        assertThat(last.changes()).hasSize(1);
        assertThat(last.start()).isEqualTo(0.0);
        assertThat(last.end()).isEqualTo(0.2);
    }

    @Test
    void finalsOnlyEmitsNoPartialsButEveryFinal() throws Exception {
        EventLog events = new EventLog();
        CaptionPipeline pipeline = new CaptionPipeline(new SilentSource(20, false),
                new ScriptedRecognizer("hello there", "bye now"), SHOUTING, events).finalsOnly();
        pipeline.start();
        assertThat(pipeline.awaitEnd(30, TimeUnit.SECONDS)).isTrue();
        assertThat(events.captions).noneMatch(c -> !c.isFinal() && !c.isEmpty());
        assertThat(events.finalPlain()).containsExactly("HELLO THERE", "BYE NOW");
    }

    @Test
    void utterancesShareASequenceUntilTheirFinal() throws Exception {
        EventLog events = run(new SilentSource(20, false), new ScriptedRecognizer("hello there", "bye now"));
        assertThat(events.captions.stream().filter(c -> c.raw().startsWith("hello") || c.raw().equals("hello there"))
                .map(Caption::sequence).distinct()).containsExactly(0L);
        assertThat(events.captions.stream().filter(c -> c.raw().startsWith("bye")).map(Caption::sequence).distinct())
                .containsExactly(1L);
        assertThat(events.finalPlain()).containsExactly("HELLO THERE", "BYE NOW");
    }

    @Test
    void unchangedPartialsAreNotSentAgain() throws Exception {
        EventLog events = run(new SilentSource(40, false), new ScriptedRecognizer("one"));
        // "one" is revealed once; the silence after its final gives only empty partials, never sent.
        assertThat(events.captions.stream().filter(c -> !c.isFinal() && !c.isEmpty()).count()).isEqualTo(1);
    }

    @Test
    void audioLeftInTheRecogniserAtTheEndBecomesAFinal() throws Exception {
        EventLog events = run(new SilentSource(3, false), new ScriptedRecognizer("cut off mid sentence"));
        assertThat(events.finalPlain()).containsExactly("CUT OFF MID");
        assertThat(events.ended.words()).isEqualTo(3);
    }

    @Test
    void endsOnceWithStatsAndClosesTheRecogniser() throws Exception {
        ScriptedRecognizer recognizer = new ScriptedRecognizer("we need to talk");
        EventLog events = run(new SilentSource(20, false), recognizer);
        assertThat(events.endedCalls).isEqualTo(1);
        assertThat(events.ended.audioSeconds()).isEqualTo(1.0);
        assertThat(events.ended.words()).isEqualTo(4);
        assertThat(recognizer.closed()).isTrue();
    }

    @Test
    void measuresLatencyForEveryWordShown() throws Exception {
        EventLog events = run(new SilentSource(20, false), new ScriptedRecognizer("we need to talk", "ok"));
        assertThat(events.ended.latenciesMillis()).hasSize(5);
        assertThat(events.ended.latencyPercentile(95)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void heldBackWordsAreNotCountedAsShownUntilTheyAppear() throws Exception {
        EventLog events = run(new SilentSource(20, false), new ScriptedRecognizer("we are going forward"));
        assertThat(events.captions.stream().filter(c -> !c.isFinal()).map(Caption::plain))
                .containsExactly("WE", "WE ARE", "WE ARE", "WE ARE GOING FORWARD");
        assertThat(events.ended.latenciesMillis()).hasSize(4);
    }

    @Test
    void stopEndsALiveSourceAndStillDeliversWhatWasHeard() throws Exception {
        EventLog events = new EventLog();
        CaptionPipeline pipeline = new CaptionPipeline(new SilentSource(Integer.MAX_VALUE, true),
                new ScriptedRecognizer("keep talking"), SHOUTING, events);
        pipeline.start();
        // Stop once both words have been heard (shown as a partial), however slowly this machine runs.
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() ->
                events.captions.stream().anyMatch(c -> !c.isFinal() && c.plain().equals("KEEP TALKING")));
        pipeline.stop();
        assertThat(pipeline.awaitEnd(20, TimeUnit.SECONDS)).isTrue();
        assertThat(events.finalPlain()).containsExactly("KEEP TALKING");
        assertThat(events.problems).isEmpty();
    }

    @Test
    void aLiveSourceIsNeverHeldUpBySlowRecognitionAndTheBacklogIsReported() throws Exception {
        EventLog events = new EventLog();
        SilentSource source = new SilentSource(60, true);
        CaptionPipeline pipeline = new CaptionPipeline(source, new ScriptedRecognizer("slow").slow(20), SHOUTING, events);
        pipeline.start();
        assertThat(pipeline.awaitEnd(20, TimeUnit.SECONDS)).isTrue();
        // The source handed out all 60 chunks at once; recognition needed 1.2 s for them.
        assertThat(events.backlogs).hasSize(60);
        assertThat(events.backlogs.stream().mapToDouble(Double::doubleValue).max().orElse(0)).isGreaterThan(1.0);
        assertThat(events.ended.audioSeconds()).isEqualTo(3.0);
        assertThat(events.ended.maxBacklogSeconds()).isGreaterThan(1.0);
    }

    @Test
    void aSourceThatCannotOpenIsReportedInOneLineAndTheRunEnds() throws Exception {
        EventLog events = run(new SilentSource(5, false, "Microphone 'USB' is busy: close the other app using it."),
                new ScriptedRecognizer("x"));
        assertThat(events.problems).containsExactly("Microphone 'USB' is busy: close the other app using it.");
        assertThat(events.endedCalls).isEqualTo(1);
    }
}
