package org.plaincaptions.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Mixer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioDevicesTest {
    private static final AudioFormat STUDIO = new AudioFormat(48_000, 16, 2, true, false);

    private static AudioDevices devices(Mixer... mixers) {
        return new AudioDevices(() -> List.of(mixers));
    }

    private final AudioDevices laptop = devices(
            FakeMixers.output("Speakers [plughw:0,0]"),
            FakeMixers.input("USB Audio CODEC [plughw:1,0]", List.of(STUDIO), f -> { }),
            FakeMixers.input("HDA Intel PCH [plughw:0,0]", List.of(Pcm.FORMAT), f -> { }),
            FakeMixers.input("USB Camera [plughw:2,0]", List.of(Pcm.FORMAT), f -> { }));

    @Test
    void listsOnlyInputsWithTheSystemDefaultFirst() {
        assertThat(laptop.listing()).containsExactly(
                "HDA Intel PCH [plughw:0,0]", "USB Audio CODEC [plughw:1,0]", "USB Camera [plughw:2,0]");
        assertThat(laptop.inputs()).extracting(InputDevice::systemDefault).containsExactly(true, false, false);
    }

    @Test
    void listsNothingWithoutCrashingWhenThereAreNoInputs() {
        assertThat(devices().listing()).isEmpty();
        assertThat(devices(FakeMixers.output("Speakers")).inputs()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
              HDA Intel PCH [plughw:0,0]  | HDA Intel PCH [plughw:0,0]
              hda intel pch [PLUGHW:0,0]  | HDA Intel PCH [plughw:0,0]
              Intel                       | HDA Intel PCH [plughw:0,0]
              '  camera '                 | USB Camera [plughw:2,0]
            """)
    void findsADeviceByItsNameOrAUniquePartOfIt(String asked, String found) throws Exception {
        assertThat(laptop.find(asked).getMixerInfo().getName()).isEqualTo(found);
    }

    @Test
    void saysHowToSeeTheNamesWhenNoDeviceFits() {
        assertThatThrownBy(() -> laptop.find("Blue Yeti"))
                .isInstanceOf(AudioSourceException.class)
                .hasMessage("No microphone called \"Blue Yeti\"; to see the names, run: plain-captions devices");
    }

    @Test
    void namesTheCandidatesWhenSeveralDevicesFit() {
        assertThatThrownBy(() -> laptop.find("USB"))
                .hasMessage("Microphone name \"USB\" fits several devices (USB Audio CODEC [plughw:1,0], "
                        + "USB Camera [plughw:2,0]); use a full name from: plain-captions devices");
    }

    @Test
    void saysThereIsNoMicrophoneAtAllWhenThereIsNone() {
        assertThatThrownBy(() -> devices(FakeMixers.output("Speakers")).find("USB"))
                .hasMessage(AudioDevices.noInputs());
    }

    @Test
    void opensADeviceThatCannotRecordSpeechFormatAtOneItCan() throws Exception {
        List<AudioFormat> opened = new ArrayList<>();
        AudioDevices studio = devices(FakeMixers.input("Interface", List.of(STUDIO), opened::add));

        CaptureLine line = new MicrophoneOpener(studio, f -> null).open("Interface");

        assertThat(opened).singleElement().satisfies(f -> assertThat(f.matches(STUDIO)).isTrue());
        assertThat(line.format().matches(STUDIO)).isTrue();
        assertThat(line.deviceName()).isEqualTo("Interface");
    }

    @Test
    void opensSpeechFormatDirectlyWhenTheDeviceRecordsIt() throws Exception {
        List<AudioFormat> opened = new ArrayList<>();
        AudioDevices both = devices(FakeMixers.input("Mic", List.of(STUDIO, Pcm.FORMAT), opened::add));

        new MicrophoneOpener(both, f -> null).open("Mic");

        assertThat(opened).singleElement().satisfies(f -> assertThat(f.matches(Pcm.FORMAT)).isTrue());
    }

    @Test
    void saysADeviceIsBusyAndWhatToDo() {
        MicrophoneOpener opener = new MicrophoneOpener(devices(FakeMixers.busyInput("Headset")), f -> null);

        assertThatThrownBy(() -> opener.open("Headset"))
                .hasMessage("Microphone \"Headset\" is busy or unavailable (Device or resource busy); close other "
                        + "programs using it, or pick another with: plain-captions devices");
    }

    @Test
    void saysThereIsNoMicrophoneWhenTheDefaultIsMissing() {
        MicrophoneOpener opener = new MicrophoneOpener(devices(), f -> {
            throw new IllegalArgumentException("No line matching interface TargetDataLine is supported.");
        });

        assertThatThrownBy(() -> opener.open(null)).hasMessage(AudioDevices.noInputs());
    }

    @Test
    void fallsBackToTheFirstInputWhenNoneRecordsSpeechFormat() throws Exception {
        List<AudioFormat> opened = new ArrayList<>();
        MicrophoneOpener opener = new MicrophoneOpener(devices(FakeMixers.input("Interface", List.of(STUDIO), opened::add)),
                f -> {
                    throw new IllegalArgumentException("no line supports " + f);
                });

        assertThat(opener.open(null).deviceName()).isEqualTo("Interface");
        assertThat(opened).hasSize(1);
    }
}
