package org.plaincaptions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.audio.FileSource;
import org.plaincaptions.audio.Pace;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.PlainStage;
import org.plaincaptions.session.SessionEntry;
import org.plaincaptions.session.SessionRecord;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;
import org.plaincaptions.speech.SpeechModel;

/** Every run of live captions is a session on disk, with the real model. */
class LiveCaptioningSessionTest {
    static final Path MODEL = Path.of(System.getProperty("plaincaptions.model", "models/vosk-model-small-en-us-0.15"));
    private static final Path SPEECH = Path.of("src/test/resources/speech");

    private static SpeechModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModel() throws Exception {
        model = SpeechModel.load(MODEL);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    private static List<String> saidPlain(SessionRecord record) {
        return record.entries().stream().filter(e -> e instanceof SessionEntry.Said)
                .map(e -> ((SessionEntry.Said) e).caption().plain()).toList();
    }

    private EventLog run(LiveCaptioning live, String recording, String resume) throws Exception {
        EventLog log = new EventLog();
        FileSource source = new FileSource(SPEECH.resolve(recording + ".wav"), Pace.AS_FAST_AS_POSSIBLE);
        CaptionPipeline pipeline = resume == null ? live.start(source, log) : live.resume(resume, source, log);
        assertThat(pipeline.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        return log;
    }

    @Test
    void eachRunIsSavedAsASessionHoldingEveryFinalCaption() throws Exception {
        SessionStore store = new SessionStore(dir);
        LiveCaptioning live = new LiveCaptioning(model, PlainStage.create(List.of(), w -> { }), store);

        EventLog log = run(live, "help-kal", null);

        List<SessionSummary> sessions = store.list(p -> { });
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(live.currentSession().orElseThrow());
            assertThat(s.state()).isEqualTo(SessionSummary.State.ENDED);
            assertThat(s.source()).isEqualTo("help-kal.wav");
        });
        SessionRecord record = store.read(sessions.get(0).id());
        assertThat(saidPlain(record)).isNotEmpty().isEqualTo(log.finals().stream().map(Caption::plain).toList());
    }

    @Test
    void resumingCarriesOnAnInterruptedSessionAfterItsLastCaption() throws Exception {
        SessionStore store = new SessionStore(dir);
        LiveCaptioning live = new LiveCaptioning(model, PlainStage.create(List.of(), w -> { }), store);
        EventLog first = run(live, "council-awb", null);
        String id = live.currentSession().orElseThrow();
        double firstEnd = store.read(id).summary().seconds();

        EventLog second = run(live, "help-kal", id);

        SessionRecord record = store.read(id);
        assertThat(store.list(p -> { })).hasSize(1);
        assertThat(saidPlain(record)).hasSize(first.finals().size() + second.finals().size());
        SessionEntry firstResumed = record.entries().get(first.finals().size());
        assertThat(firstResumed.start()).isGreaterThan(firstEnd);
    }

    @Test
    void aSessionThatCannotBeResumedStartsANewOneAndSaysSo() throws Exception {
        SessionStore store = new SessionStore(dir);
        LiveCaptioning live = new LiveCaptioning(model, PlainStage.create(List.of(), w -> { }), store);

        EventLog log = run(live, "help-kal", "2020-01-01_000000");

        assertThat(log.notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(PipelineNotice.Kind.SESSION_NOT_SAVED);
            assertThat(n.message()).isEqualTo("No session is called '2020-01-01_000000'; list them with:"
                    + " plain-captions sessions A new session is started instead.");
        });
        assertThat(store.list(p -> { })).hasSize(1);
    }
}
