package org.plaincaptions.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the input a user named and opens it, at {@link Pcm#FORMAT} when the device records that,
 * else at the first common format it does record, for {@link PcmConverter} to convert.
 */
final class MicrophoneOpener {
    private static final Logger LOGGER = LoggerFactory.getLogger(MicrophoneOpener.class);
    static final String DEFAULT_NAME = "default microphone";
    /** Formats tried after speech format, most common first. */
    private static final int[] RATES = {16_000, 48_000, 44_100, 32_000, 96_000, 22_050, 8_000};
    /** A busy device refuses every format; don't try them all. */
    private static final int MAX_REFUSALS = 3;

    /** {@link AudioSystem#getTargetDataLine}, replaceable in tests. */
    interface DefaultLine {
        TargetDataLine get(AudioFormat format) throws LineUnavailableException;
    }

    private final AudioDevices devices;
    private final DefaultLine defaultLine;

    MicrophoneOpener(AudioDevices devices, DefaultLine defaultLine) {
        this.devices = devices;
        this.defaultLine = defaultLine;
    }

    static MicrophoneOpener system() {
        return new MicrophoneOpener(AudioDevices.system(), AudioSystem::getTargetDataLine);
    }

    /** Opens and starts the named input, or the system default when {@code deviceName} is null. */
    CaptureLine open(String deviceName) throws AudioSourceException {
        if (deviceName != null) {
            Mixer mixer = devices.find(deviceName);
            return openOn(mixer, mixer.getMixerInfo().getName());
        }
        TargetDataLine line;
        try {
            line = defaultLine.get(Pcm.FORMAT);
        } catch (IllegalArgumentException e) { // no input records speech format directly
            List<Mixer> inputs = devices.inputMixers();
            if (inputs.isEmpty()) {
                throw new AudioSourceException(AudioDevices.noInputs(), e);
            }
            return openOn(inputs.get(0), inputs.get(0).getMixerInfo().getName());
        } catch (LineUnavailableException e) {
            throw busy(DEFAULT_NAME, e);
        }
        try {
            return start(line, Pcm.FORMAT, DEFAULT_NAME);
        } catch (LineUnavailableException e) {
            throw busy(DEFAULT_NAME, e);
        }
    }

    private CaptureLine openOn(Mixer mixer, String name) throws AudioSourceException {
        LineUnavailableException refusal = null;
        int refusals = 0;
        for (AudioFormat format : candidateFormats()) {
            DataLine.Info info = new DataLine.Info(TargetDataLine.class, format);
            if (!mixer.isLineSupported(info)) {
                continue;
            }
            try {
                return start((TargetDataLine) mixer.getLine(info), format, name);
            } catch (LineUnavailableException e) {
                refusal = refusal == null ? e : refusal;
                if (++refusals == MAX_REFUSALS) {
                    break;
                }
            } catch (IllegalArgumentException e) {
                LOGGER.debug("{} offers {} but refuses it", name, format, e);
            }
        }
        if (refusal != null) {
            throw busy(name, refusal);
        }
        throw new AudioSourceException("Microphone \"" + name
                + "\" records in no format Plain Captions can convert; pick another with: " + AudioDevices.HOW_TO_LIST);
    }

    private static CaptureLine start(TargetDataLine line, AudioFormat format, String name) throws LineUnavailableException {
        int oneSecond = Math.round(format.getFrameRate()) * format.getFrameSize();
        line.open(format, oneSecond); // room for a consumer that falls behind for a moment
        line.start();
        LOGGER.info("Recording from {} at {}", name, line.getFormat());
        return new JavaSoundLine(line, name);
    }

    private static AudioSourceException busy(String name, Exception cause) {
        String reason = cause.getMessage() == null ? "" : " (" + cause.getMessage().replace('\n', ' ') + ")";
        return new AudioSourceException("Microphone \"" + name + "\" is busy or unavailable" + reason
                + "; close other programs using it, or pick another with: " + AudioDevices.HOW_TO_LIST, cause);
    }

    /** Speech format first, then 16-, 24- and 32-bit integer PCM at common rates, mono before stereo. */
    static List<AudioFormat> candidateFormats() {
        List<AudioFormat> formats = new ArrayList<>();
        formats.add(Pcm.FORMAT);
        for (int rate : RATES) {
            for (int channels = 1; channels <= 2; channels++) {
                formats.add(new AudioFormat(rate, 16, channels, true, false));
                formats.add(new AudioFormat(rate, 16, channels, true, true));
                formats.add(new AudioFormat(rate, 24, channels, true, false));
                formats.add(new AudioFormat(rate, 32, channels, true, false));
            }
        }
        return formats;
    }

    /** A started {@link TargetDataLine}. */
    private static final class JavaSoundLine implements CaptureLine {
        private final TargetDataLine line;
        private final String name;
        private final AtomicBoolean closed = new AtomicBoolean();

        JavaSoundLine(TargetDataLine line, String name) {
            this.line = line;
            this.name = name;
        }

        @Override
        public String deviceName() {
            return name;
        }

        @Override
        public AudioFormat format() {
            return line.getFormat();
        }

        @Override
        public int available() {
            return line.available();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return line.read(buffer, offset, length);
        }

        @Override
        public void close() {
            if (closed.getAndSet(true)) {
                return;
            }
            line.stop();
            line.flush();
            line.close();
        }
    }
}
