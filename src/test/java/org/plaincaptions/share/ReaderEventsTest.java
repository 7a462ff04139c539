package org.plaincaptions.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaincaptions.plain.Change;

/** The event contract of docs/reader-events.md, field by field. */
class ReaderEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFinalCaptionCarriesBothTracksTimesAndChangedSpans() throws Exception {
        String line = ReaderEvents.caption("2026-12-01_215217", TestRoom.caption(7, "we will leverage it",
                "We will use it.", List.of(new Change("leverage", "use", 8, 11, "glossary:leverage")), true));

        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        JsonNode event = JSON.readTree(line);
        assertThat(event.get("type").asText()).isEqualTo("caption");
        assertThat(event.get("session").asText()).isEqualTo("2026-12-01_215217");
        assertThat(event.get("id").asLong()).isEqualTo(7);
        assertThat(event.get("final").asBoolean()).isTrue();
        assertThat(event.get("start").asDouble()).isEqualTo(21.0);
        assertThat(event.get("end").asDouble()).isEqualTo(22.35);
        assertThat(event.get("plain").asText()).isEqualTo("We will use it.");
        assertThat(event.get("raw").asText()).isEqualTo("we will leverage it");
        JsonNode change = event.get("changes").get(0);
        assertThat(change.get("start").asInt()).isEqualTo(8);
        assertThat(change.get("end").asInt()).isEqualTo(11);
        assertThat(event.get("plain").asText().substring(8, 11)).isEqualTo(change.get("plain").asText());
        assertThat(change.get("original").asText()).isEqualTo("leverage");
        assertThat(change.get("source").asText()).isEqualTo("glossary:leverage");
        assertThat(change.get("note").asText()).contains("leverage").contains("glossary");
    }

    @Test
    void aPartialWithoutWordTimesHasNullTimesAndTheSameIdAsItsFinal() throws Exception {
        JsonNode partial = JSON.readTree(ReaderEvents.caption("s", TestRoom.caption(3, "we will", "We will",
                List.of(), false)));
        JsonNode done = JSON.readTree(ReaderEvents.caption("s", TestRoom.caption(3, "we will go", "We will go.",
                List.of(), true)));

        assertThat(partial.get("final").asBoolean()).isFalse();
        assertThat(partial.get("start").isNull()).isTrue();
        assertThat(partial.get("end").isNull()).isTrue();
        assertThat(partial.get("id")).isEqualTo(done.get("id"));
    }

    @Test
    void textWithLineBreaksAndQuotesStaysOneLineOfJson() throws Exception {
        String line = ReaderEvents.caption("s", TestRoom.caption(1, "a \"b\"", "a\nb\r\u2028c", List.of(), true));
        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        assertThat(JSON.readTree(line).get("plain").asText()).isEqualTo("a\nb\r\u2028c");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            NOT_STARTED,     not-started
            LISTENING,       listening
            PAUSED,          paused
            MICROPHONE_LOST, microphone-lost
            STOPPED,         stopped
            ENDED,           ended
            """)
    void aStatusNamesItsStateAsTheContractSays(RoomState state, String key) throws Exception {
        JsonNode event = JSON.readTree(ReaderEvents.status("s1", state, state.text()));
        assertThat(event.get("type").asText()).isEqualTo("status");
        assertThat(event.get("session").asText()).isEqualTo("s1");
        assertThat(event.get("state").asText()).isEqualTo(key);
        assertThat(event.get("text").asText()).isEqualTo(state.text());
    }
}
