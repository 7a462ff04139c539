package org.plaincaptions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.plaincaptions.audio.AudioSource;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.pipeline.FlakyMicrophone.Script;
import org.plaincaptions.pipeline.FlakyMicrophone.Step;
import org.plaincaptions.pipeline.PipelineNotice.Kind;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.speech.SpeechRecognizer;

/** Each fault the pipeline rides through: what it says, and that nothing heard is lost. */
class RidingThroughFaultsTest {
    private static final PlainRewriter SAME = PlainRewriter.VERBATIM;
    private static final PipelineLimits QUICK = PipelineLimits.DEFAULT.withRetryEvery(Duration.ofMillis(50))
            .withSilentInputAfter(Duration.ofMillis(200));

    private static CaptionPipeline start(AudioSource source, Supplier<SpeechRecognizer> recognizers,
                                         PlainRewriter rewriter, PipelineEvents events, PipelineLimits limits) {
        CaptionPipeline pipeline = new CaptionPipeline(source, recognizers, rewriter, events, limits);
        pipeline.start();
        return pipeline;
    }

    private static void stopAndAwait(CaptionPipeline pipeline) throws InterruptedException {
        pipeline.stop();
        assertThat(pipeline.awaitEnd(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Recognisers made one after another; all of them are kept to check they were closed. */
    private static final class Recognizers implements Supplier<SpeechRecognizer> {
        final List<ScriptedRecognizer> made = new CopyOnWriteArrayList<>();
        private final Supplier<ScriptedRecognizer> next;

        Recognizers(Supplier<ScriptedRecognizer> next) {
            this.next = next;
        }

        @Override
        public SpeechRecognizer get() {
            ScriptedRecognizer r = next.get();
            made.add(r);
            return r;
        }

        boolean allClosed() {
            return made.stream().allMatch(ScriptedRecognizer::closed);
        }
    }

    @Test
    void aLostMicrophoneIsToldRetriedAndBackInTheSameRunWithTheGapMarked() throws Exception {
        Script script = new Script(2, Step.hears(10, "Microphone \"Flaky USB Mic\" was unplugged"),
                Step.refuses("Microphone \"Flaky USB Mic\" is busy"), Step.hearsUntilClosed());
        ScriptedRecognizer recognizer = new ScriptedRecognizer("one two three", "four five", "six seven eight", "nine ten");
        EventLog log = new EventLog();

        CaptionPipeline pipeline = start(script.microphone(), () -> recognizer, SAME, log, QUICK);
        await().atMost(Duration.ofSeconds(120)).until(() -> log.transcript.contains("said: nine ten"));
        stopAndAwait(pipeline);

        assertThat(log.transcript).containsExactly("said: one two three", "said: four five", "said: six seven eight",
                "gap: microphone-lost", "said: nine ten");
        assertThat(log.noticeKinds()).containsExactly(Kind.MICROPHONE_LOST, Kind.MICROPHONE_BACK);
        assertThat(log.notices.get(0).message()).isEqualTo(
                "Microphone \"Flaky USB Mic\" was unplugged; trying again every 50 ms.");
        CaptionGap gap = log.gaps.get(0);
        assertThat(gap.start()).isEqualTo(0.5); // after the ten chunks heard
        // Two retries 50 ms apart, less the 50 ms the first chunk back took to record.
        assertThat(gap.seconds()).as("two retries of 50 ms").isGreaterThanOrEqualTo(0.05);
        Caption after = log.finals().get(3);
        assertThat(after.start()).as("timed where it was said, after the gap").isEqualTo(gap.end(), within(1e-9));
        assertThat(log.problems).isEmpty();
        assertThat(log.endedCalls).isEqualTo(1);
        assertThat(script.allClosed()).isTrue();
    }

    @Test
    void aMicrophoneSendingExactDigitalSilenceIsTakenForLostAndBackWhenItHearsAgain() throws Exception {
        Script script = new Script(2, Step.hearsThenSilence(3), Step.hearsUntilClosed());
        EventLog log = new EventLog();

        CaptionPipeline pipeline = start(script.microphone(), () -> new ScriptedRecognizer("one two"), SAME, log, QUICK);
        await().atMost(Duration.ofSeconds(120)).until(() -> log.noticeKinds().contains(Kind.MICROPHONE_BACK));
        stopAndAwait(pipeline);

        assertThat(log.noticeKinds()).containsExactly(Kind.MICROPHONE_LOST, Kind.MICROPHONE_BACK);
        assertThat(log.notices.get(0).message()).startsWith("Microphone \"Flaky USB Mic\" sends no sound at all,"
                + " not even background noise (200 ms): it may be unplugged, muted or taken by another program");
        assertThat(log.gaps).singleElement().satisfies(g -> {
            assertThat(g.start()).as("where the silence began").isEqualTo(0.15);
            assertThat(g.reason()).isEqualTo(CaptionGap.Reason.MICROPHONE_LOST);
        });
        assertThat(log.transcript).startsWith("said: one two");
    }

    @Test
    void stoppingWhileTheMicrophoneIsLostEndsTheRunAndMarksTheGapToTheEnd() throws Exception {
        Script script = new Script(2, Step.hears(5, "unplugged"), Step.refuses("no such microphone"));
        EventLog log = new EventLog();

        CaptionPipeline pipeline = start(script.microphone(), () -> new ScriptedRecognizer("one two"), SAME, log, QUICK);
        await().atMost(Duration.ofSeconds(120)).until(() -> script.opened.get() >= 3);
        stopAndAwait(pipeline);

        assertThat(log.transcript).containsExactly("said: one two", "gap: microphone-lost");
        assertThat(log.gaps.get(0).seconds()).isGreaterThanOrEqualTo(0.1);
        assertThat(log.endedCalls).isEqualTo(1);
        assertThat(script.allClosed()).isTrue();
    }

    @Test
    void aRecogniserThatThrowsIsReplacedAndCaptionsGoOnWithTheLostBitMarked() throws Exception {
        List<ScriptedRecognizer> plan = List.of(
                new ScriptedRecognizer("one two three", "four five six").failAt(5),
                new ScriptedRecognizer("seven eight"));
        Recognizers recognizers = new Recognizers(new java.util.ArrayDeque<>(plan)::poll);
        EventLog log = new EventLog();

        CaptionPipeline pipeline = start(new SilentSource(20, false), recognizers, SAME, log, PipelineLimits.DEFAULT);
        assertThat(pipeline.awaitEnd(30, TimeUnit.SECONDS)).isTrue();

        assertThat(log.transcript).containsExactly("said: one two three", "gap: recognition-failed", "said: seven eight");
        assertThat(log.gaps.get(0)).isEqualTo(new CaptionGap(0.2, 0.3, CaptionGap.Reason.RECOGNITION_FAILED));
        assertThat(log.finals().get(1).start()).as("timed in the run, not by the new recogniser").isEqualTo(0.3);
        assertThat(log.noticeKinds()).containsExactly(Kind.STAGE_RESTARTED);
        assertThat(log.notices.get(0).message())
                .isEqualTo("Speech recognition failed (native recogniser error) and was restarted; captions go on.");
        assertThat(log.problems).isEmpty();
        assertThat(recognizers.allClosed()).isTrue();
    }

    @Test
    void aRecogniserThatKeepsFailingEndsTheRunWithOneLine() throws Exception {
        Recognizers recognizers = new Recognizers(() -> new ScriptedRecognizer("never").failAt(0));
        EventLog log = new EventLog();

        CaptionPipeline pipeline = start(new SilentSource(50, false), recognizers, SAME, log, PipelineLimits.DEFAULT);
        assertThat(pipeline.awaitEnd(30, TimeUnit.SECONDS)).isTrue();

        assertThat(log.problems).containsExactly("Speech recognition keeps failing (native recogniser error);"
                + " captions have stopped. Try another speech model.");
        assertThat(log.noticeKinds()).containsExactly(Kind.STAGE_RESTARTED, Kind.STAGE_RESTARTED, Kind.STAGE_RESTARTED);
        assertThat(log.endedCalls).isEqualTo(1);
        assertThat(recognizers.made).hasSize(4);
        assertThat(recognizers.allClosed()).isTrue();
    }

    @Test
    void wordsThePlainStageFailsOnAreShownAsSaidAndTheFacilitatorToldOnce() throws Exception {
        PlainRewriter broken = new PlainRewriter() {
            @Override
            public Rewrite rewriteFinal(String raw) {
                throw new IllegalArgumentException("bug in a rule");
            }

            @Override
            public Rewrite rewritePartial(String raw) {
                return Rewrite.unchanged(raw);
            }
        };
        EventLog log = new EventLog();

        CaptionPipeline pipeline = start(new SilentSource(20, false), () -> new ScriptedRecognizer("one two", "three"),
                broken, log, PipelineLimits.DEFAULT);
        assertThat(pipeline.awaitEnd(30, TimeUnit.SECONDS)).isTrue();

        assertThat(log.finals()).extracting(Caption::plain).containsExactly("one two", "three");
        assertThat(log.noticeKinds()).containsExactly(Kind.STAGE_RESTARTED);
        assertThat(log.notices.get(0).message()).startsWith("The plain-language stage failed");
    }

    @Test
    void aReceiverThatThrowsDoesNotKeepTheOthersFromTheirCaptions() throws Exception {
        PipelineEvents broken = new PipelineEvents() {
            @Override
            public void onCaption(Caption caption) {
                throw new IllegalStateException("screen gone");
            }

            @Override
            public void onEnded(PipelineStats stats) {
                throw new IllegalStateException("screen gone");
            }
        };
        EventLog log = new EventLog();

        CaptionPipeline pipeline = start(new SilentSource(20, false), () -> new ScriptedRecognizer("one two", "three"),
                SAME, PipelineEvents.all(broken, log), PipelineLimits.DEFAULT);
        assertThat(pipeline.awaitEnd(30, TimeUnit.SECONDS)).isTrue();

        assertThat(log.transcript).containsExactly("said: one two", "said: three");
        assertThat(log.endedCalls).isEqualTo(1);
    }

    @Test
    void fallingBehindIsToldWhileAudioWaitsAndNoneIsLostWhenItCatchesUp() throws Exception {
        Script script = new Script(10, Step.hearsUntilClosed());
        EventLog log = new EventLog();
        PipelineLimits limits = PipelineLimits.DEFAULT.withBehindAfter(Duration.ofMillis(300));

        CaptionPipeline pipeline = start(script.microphone(), () -> new ScriptedRecognizer("one two").slowFor(40, 30),
                SAME, log, limits);
        await().atMost(Duration.ofSeconds(20)).until(() -> log.noticeKinds().contains(Kind.CAUGHT_UP));
        stopAndAwait(pipeline);

        assertThat(log.noticeKinds()).containsExactly(Kind.FALLING_BEHIND, Kind.CAUGHT_UP);
        assertThat(log.notices.get(0).message()).startsWith("Captions are running").contains("no speech is lost");
        assertThat(log.gaps).isEmpty();
        assertThat(log.ended.audioSeconds()).isEqualTo(log.audioChunks() * 0.05, within(1e-9));
    }

    @Test
    void pastTheBoundTheBacklogIsSkippedWithAMarkerAfterWhatWasHeard() throws Exception {
        Script script = new Script(1, Step.hearsUntilClosed());
        EventLog log = new EventLog();
        PipelineLimits limits = PipelineLimits.DEFAULT.withSkipBacklogAfter(Duration.ofMillis(500));

        CaptionPipeline pipeline = start(script.microphone(), () -> new ScriptedRecognizer("one two three four").slow(20),
                SAME, log, limits);
        await().atMost(Duration.ofSeconds(120)).until(() -> log.noticeKinds().contains(Kind.SPEECH_SKIPPED));
        stopAndAwait(pipeline);

        int gapAt = log.transcript.indexOf("gap: fell-behind");
        assertThat(gapAt).isPositive();
        assertThat(log.transcript.get(gapAt - 1)).startsWith("said: one");
        assertThat(log.gaps.get(0).seconds()).isGreaterThan(0.4);
        assertThat(log.notices).filteredOn(n -> n.kind() == Kind.SPEECH_SKIPPED).first()
                .extracting(PipelineNotice::message).asString().contains("were skipped to catch up");
    }

    @Test
    void aFileReadAsFastAsPossibleWaitsInsteadOfSkipping() throws Exception {
        EventLog log = new EventLog();
        PipelineLimits limits = PipelineLimits.DEFAULT.withSkipBacklogAfter(Duration.ofMillis(50));

        CaptionPipeline pipeline = start(new SilentSource(100, false), () -> new ScriptedRecognizer("one two").slow(1),
                SAME, log, limits);
        assertThat(pipeline.awaitEnd(30, TimeUnit.SECONDS)).isTrue();

        assertThat(log.gaps).isEmpty();
        assertThat(log.ended.audioSeconds()).isEqualTo(5.0);
    }

    @Test
    void anOldRecogniserIsRenewedAtTheEndOfAnUtteranceAndTimesRunOn() throws Exception {
        Recognizers recognizers = new Recognizers(() -> new ScriptedRecognizer("a b", "c d", "e f", "g h", "i j"));
        EventLog log = new EventLog();
        PipelineLimits limits = PipelineLimits.DEFAULT.withRenewRecognizerAfter(Duration.ofMillis(500));

        CaptionPipeline pipeline = start(new SilentSource(40, false), recognizers, SAME, log, limits);
        assertThat(pipeline.awaitEnd(30, TimeUnit.SECONDS)).isTrue();

        // Each utterance takes three chunks; after four (0.6 s) the recogniser is renewed.
        assertThat(recognizers.made).hasSize(4);
        assertThat(recognizers.allClosed()).isTrue();
        assertThat(log.finals()).extracting(Caption::start).startsWith(0.0, 0.15, 0.3, 0.45, 0.6, 0.75);
        assertThat(log.finals()).extracting(Caption::raw).startsWith("a b", "c d", "e f", "g h", "a b", "c d");
    }
}
