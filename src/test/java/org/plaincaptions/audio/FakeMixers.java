package org.plaincaptions.audio;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Consumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/** Java Sound mixers with no hardware behind them, for device listing and opening tests. */
final class FakeMixers {
    private FakeMixers() {
    }

    private static final class Info extends Mixer.Info {
        Info(String name) {
            super(name, "Fake", "fake " + name, "1");
        }
    }

    /** An input that records in exactly these formats; opening reports the format to {@code opened}. */
    static Mixer input(String name, List<AudioFormat> formats, Consumer<AudioFormat> opened) {
        return mixer(name, TargetDataLine.class, formats, false, opened);
    }

    /** An input that another program holds: every open fails. */
    static Mixer busyInput(String name) {
        return mixer(name, TargetDataLine.class, List.of(Pcm.FORMAT), true, f -> { });
    }

    /** Speakers: no input line at all. */
    static Mixer output(String name) {
        return mixer(name, SourceDataLine.class, List.of(Pcm.FORMAT), false, f -> { });
    }

    private static Mixer mixer(String name, Class<?> lineClass, List<AudioFormat> formats, boolean busy,
            Consumer<AudioFormat> opened) {
        Info info = new Info(name);
        return (Mixer) Proxy.newProxyInstance(Mixer.class.getClassLoader(), new Class<?>[] {Mixer.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getMixerInfo":
                            return info;
                        case "isLineSupported":
                            return supports((Line.Info) args[0], lineClass, formats);
                        case "getLine":
                            return line(formats, busy, opened);
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        case "toString":
                            return "FakeMixer " + name;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    private static boolean supports(Line.Info wanted, Class<?> lineClass, List<AudioFormat> formats) {
        if (!wanted.getLineClass().isAssignableFrom(lineClass)) {
            return false;
        }
        if (wanted instanceof DataLine.Info && ((DataLine.Info) wanted).getFormats().length > 0) {
            AudioFormat format = ((DataLine.Info) wanted).getFormats()[0];
            return formats.stream().anyMatch(format::matches);
        }
        return true;
    }

    private static TargetDataLine line(List<AudioFormat> formats, boolean busy, Consumer<AudioFormat> opened) {
        AudioFormat[] current = {formats.get(0)};
        return (TargetDataLine) Proxy.newProxyInstance(TargetDataLine.class.getClassLoader(),
                new Class<?>[] {TargetDataLine.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "open":
                            if (busy) {
                                throw new LineUnavailableException("Device or resource busy");
                            }
                            current[0] = (AudioFormat) args[0];
                            opened.accept(current[0]);
                            return null;
                        case "getFormat":
                            return current[0];
                        case "start":
                        case "stop":
                        case "flush":
                        case "close":
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
