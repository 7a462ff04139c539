package org.plaincaptions.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/** The audio inputs Java Sound can record from: mixers that offer a {@link TargetDataLine}. */
public final class AudioDevices {
    static final String HOW_TO_LIST = "plain-captions devices";
    private static final Line.Info ANY_INPUT = new Line.Info(TargetDataLine.class);

    private final Supplier<List<Mixer>> mixers;

    AudioDevices(Supplier<List<Mixer>> mixers) {
        this.mixers = mixers;
    }

    /** The inputs of this computer, as Java Sound sees them now. */
    public static AudioDevices system() {
        return new AudioDevices(() -> Arrays.stream(AudioSystem.getMixerInfo())
                .flatMap(AudioDevices::mixer)
                .collect(Collectors.toList()));
    }

    /** A device unplugged between listing and asking is simply left out. */
    private static Stream<Mixer> mixer(Mixer.Info info) {
        try {
            return Stream.of(AudioSystem.getMixer(info));
        } catch (IllegalArgumentException | SecurityException e) {
            return Stream.empty();
        }
    }

    /** Every input, the system default first; empty when there is none. */
    public List<InputDevice> inputs() {
        List<Mixer> inputs = inputMixers();
        Mixer fallback = defaultMixer(inputs);
        List<InputDevice> devices = new ArrayList<>();
        for (Mixer mixer : inputs) {
            Mixer.Info info = mixer.getMixerInfo();
            InputDevice device = new InputDevice(info.getName(), info.getDescription(), mixer == fallback);
            devices.add(mixer == fallback ? 0 : devices.size(), device);
        }
        return devices;
    }

    /** The names for the {@code devices} command, one a line, the system default first; scripts can parse it. */
    public List<String> listing() {
        return inputs().stream().map(InputDevice::name).collect(Collectors.toList());
    }

    /**
     * The input called {@code name}: the same name ignoring case, or else the one input whose name
     * contains it, so {@code "USB"} finds {@code "USB Audio [plughw:1,0]"}.
     */
    Mixer find(String name) throws AudioSourceException {
        List<Mixer> inputs = inputMixers();
        if (inputs.isEmpty()) {
            throw new AudioSourceException(noInputs());
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        List<Mixer> containing = new ArrayList<>();
        for (Mixer mixer : inputs) {
            String candidate = mixer.getMixerInfo().getName().toLowerCase(Locale.ROOT);
            if (candidate.equals(wanted)) {
                return mixer;
            }
            if (candidate.contains(wanted)) {
                containing.add(mixer);
            }
        }
        if (containing.size() == 1) {
            return containing.get(0);
        }
        if (containing.isEmpty()) {
            throw new AudioSourceException("No microphone called \"" + name + "\"; to see the names, run: " + HOW_TO_LIST);
        }
        String names = containing.stream().map(m -> m.getMixerInfo().getName()).collect(Collectors.joining(", "));
        throw new AudioSourceException("Microphone name \"" + name + "\" fits several devices (" + names
                + "); use a full name from: " + HOW_TO_LIST);
    }

    /** The inputs in Java Sound's order, which is the order it picks a default from. */
    List<Mixer> inputMixers() {
        List<Mixer> inputs = new ArrayList<>();
        for (Mixer mixer : mixers.get()) {
            if (mixer.isLineSupported(ANY_INPUT)) {
                inputs.add(mixer);
            }
        }
        return inputs;
    }

    static String noInputs() {
        return "No microphone found: Java Sound sees no audio input on this computer; plug one in and check with: "
                + HOW_TO_LIST;
    }

    /** As {@link AudioSystem#getTargetDataLine} chooses: the first input that records speech format directly. */
    private static Mixer defaultMixer(List<Mixer> inputs) {
        DataLine.Info speech = new DataLine.Info(TargetDataLine.class, Pcm.FORMAT);
        return inputs.stream()
                .filter(m -> m.isLineSupported(speech))
                .findFirst()
                .orElse(inputs.isEmpty() ? null : inputs.get(0));
    }
}
