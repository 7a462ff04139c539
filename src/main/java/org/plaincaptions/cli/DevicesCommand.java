package org.plaincaptions.cli;

import java.util.concurrent.Callable;
import org.plaincaptions.audio.AudioDevices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the audio inputs, one a line, as {@code --device} and the app's picker name them. */
@Command(name = "devices", description = "List the audio inputs (microphones), one a line.")
public final class DevicesCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        for (String name : AudioDevices.system().listing()) {
            System.out.println(name);
        }
        return 0;
    }
}
