package org.plaincaptions.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.AudioSource;

class PausableSourceTest {

    /** Loud chunks, forever. */
    private static class Loud implements AudioSource {
        private long next;

        @Override
        public String name() {
            return "loud";
        }

        @Override
        public void open() {
        }

        @Override
        public AudioChunk read() {
            byte[] pcm = new byte[320];
            java.util.Arrays.fill(pcm, (byte) 0x40);
            AudioChunk chunk = new AudioChunk(pcm, next, -12, 0);
            next += 160;
            return chunk;
        }

        @Override
        public boolean isLive() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void whilePausedTheRecogniserHearsSilenceButTheMeterStillMoves() throws Exception {
        PausableSource source = new PausableSource(new Loud());
        assertThat(source.read().pcm()).contains((byte) 0x40);
        source.setPaused(true);
        AudioChunk paused = source.read();
        assertThat(paused.pcm()).containsOnly((byte) 0, (byte) 1); // at most 1 in 32768: silence to the recogniser
        assertThat(org.plaincaptions.audio.Pcm.isDigitalSilence(paused.pcm())).as("not taken for a lost microphone").isFalse();
        assertThat(paused.levelDbfs()).isEqualTo(-12);
        assertThat(paused.startSample()).isEqualTo(160);
        source.setPaused(false);
        assertThat(source.read().pcm()).contains((byte) 0x40);
    }

    @Test
    void aMicrophoneThatComesBackIsPausedAsTheLostOneWasAndIsOpenedOnce() throws Exception {
        int[] opens = {0};
        class Reconnecting extends Loud {
            @Override
            public void open() {
                opens[0]++;
            }

            @Override
            public java.util.Optional<org.plaincaptions.audio.AudioSource> reconnect() {
                return java.util.Optional.of(new Reconnecting());
            }
        }
        PausableSource source = new PausableSource(new Reconnecting());
        source.open();
        source.open(); // once before the session begins, once by the audio thread
        assertThat(opens[0]).isEqualTo(1);
        source.setPaused(true);
        var again = source.reconnect().orElseThrow();
        again.open();
        assertThat(again.read().pcm()).doesNotContain((byte) 0x40);
        source.setPaused(false);
        assertThat(again.read().pcm()).contains((byte) 0x40);
    }
}
