package org.plaincaptions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.session.SessionEntry;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionTrouble;
import org.plaincaptions.session.SessionWriter;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;

class SessionRecordingTest {
    @TempDir
    Path dir;

    private static Caption caption(long n, String raw, boolean isFinal) {
        List<Word> words = java.util.Arrays.stream(raw.split(" "))
                .map(w -> new Word(w, isFinal ? 1 : Double.NaN, isFinal ? 1.2 : Double.NaN, isFinal ? 1 : Double.NaN))
                .toList();
        return new Caption(n, new Utterance(raw, words, isFinal), Rewrite.unchanged(raw));
    }

    @Test
    void thePartialShownIsSavedAsADraftAndItsFinalTakesItsPlace() throws Exception {
        SessionStore store = new SessionStore(dir);
        SessionWriter writer = store.begin("mic", SessionTrouble.IGNORE);
        SessionRecording recording = new SessionRecording(writer);

        recording.onCaption(caption(0, "we have a lot", false));
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.readString(writer.file())
                .contains("{\"type\":\"draft\",\"n\":0,"));
        recording.onCaption(caption(0, "we have a lot to do", true));
        recording.onEnded(null);

        assertThat(store.read(writer.id()).entries()).singleElement()
                .isInstanceOfSatisfying(SessionEntry.Said.class, said -> {
                    assertThat(said.caption().raw()).isEqualTo("we have a lot to do");
                    assertThat(said.unfinished()).isFalse();
                });
    }
}
