package org.plaincaptions.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plaincaptions.cli.DevicesCommand;
import org.plaincaptions.cli.ExportCommand;
import org.plaincaptions.cli.ReaderPageCommand;
import org.plaincaptions.cli.SessionsCommand;
import org.plaincaptions.cli.PublishOption;
import org.plaincaptions.cli.ShareOption;
import org.plaincaptions.cli.SimplifyCommand;
import org.plaincaptions.cli.TranscribeCommand;
import org.plaincaptions.cli.UserError;
import org.plaincaptions.cli.VoskBaselineCommand;
import org.plaincaptions.speech.SpeechModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plain-captions}: the desktop app with no command, or one of the command-line tools. */
@Command(name = "plain-captions", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Live captions in plain words, offline.",
                "With no command, opens the desktop app: a control room and a caption screen."},
        subcommands = {TranscribeCommand.class, SimplifyCommand.class, DevicesCommand.class,
                VoskBaselineCommand.class, SessionsCommand.class, ExportCommand.class, ReaderPageCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:bad input (the message says which file and what to do)", "2:usage error"})
public final class PlainCaptionsCommand implements Callable<Integer> {
    /** Returned when the desktop app took over: main must not exit the JVM. */
    static final int DESKTOP = -1;
    private static final Logger LOGGER = LoggerFactory.getLogger(PlainCaptionsCommand.class);

    @Option(names = "--model", paramLabel = "DIR", description = "Vosk model folder for the desktop app.")
    Path model;

    @Option(names = "--audio-file", paramLabel = "FILE",
            description = "Desktop app: caption this recording at live pace instead of a microphone (for rehearsals).")
    Path audioFile;

    @Option(names = "--start", description = "Desktop app: start captions as soon as the model is loaded.")
    boolean startAtOnce;

    @Option(names = "--verbose", description = "Log more detail (to the log file and standard error).")
    boolean verbose;

    @CommandLine.Mixin
    ShareOption share;

    @CommandLine.Mixin
    PublishOption publish;

    @Override
    public Integer call() throws UserError {
        PlainCaptionsApp.launchDesktop(new DesktopOptions(Optional.ofNullable(model), Optional.ofNullable(audioFile),
                startAtOnce, share.options(), publish.address()));
        return DESKTOP;
    }

    static int run(String[] args) {
        CommandLine cli = new CommandLine(new PlainCaptionsCommand());
        cli.setExecutionExceptionHandler(PlainCaptionsCommand::handle);
        cli.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("plain-captions: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof UserError || e instanceof SpeechModelException) {
            cli.getErr().println("plain-captions: " + e.getMessage());
            return 1;
        }
        LOGGER.error("Command failed", e);
        cli.getErr().println("plain-captions: unexpected error: " + e + " (details in " + Logs.logFile() + ")");
        return 1;
    }
}
