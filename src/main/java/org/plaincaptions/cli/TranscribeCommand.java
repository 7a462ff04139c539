package org.plaincaptions.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.plaincaptions.audio.FileSource;
import org.plaincaptions.audio.Pace;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.captions.CaptionLayout;
import org.plaincaptions.captions.CaptionWriter;
import org.plaincaptions.pipeline.CaptionPipeline;
import org.plaincaptions.pipeline.PauseCutter;
import org.plaincaptions.pipeline.PipelineEvents;
import org.plaincaptions.pipeline.PipelineLimits;
import org.plaincaptions.pipeline.PipelineNotice;
import org.plaincaptions.pipeline.SessionRecording;
import org.plaincaptions.plain.PlainRewriter;
import org.plaincaptions.publish.EdgeAddress;
import org.plaincaptions.publish.EdgePublisher;
import org.plaincaptions.session.SessionFileException;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;
import org.plaincaptions.share.RoomEvents;
import org.plaincaptions.share.RoomSharing;
import org.plaincaptions.share.ShareException;
import org.plaincaptions.share.ShareServer;
import org.plaincaptions.share.Sharing;
import org.plaincaptions.speech.ModelLocator;
import org.plaincaptions.speech.SpeechModel;
import org.plaincaptions.speech.SpeechModelException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs the whole pipeline over an audio file and writes the captions. */
@Command(name = "transcribe", sortOptions = false,
        description = "Caption an audio file: recognise the speech, rewrite it into plain words, write text or subtitles.")
public final class TranscribeCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(paramLabel = "FILE", description = "Audio file (WAV, AIFF or AU; any rate, mono or stereo).")
    Path file;

    @Mixin
    CaptionOutput output;

    @Option(names = "--realtime", description = "Feed the file at the pace of a live microphone.")
    boolean realtime;

    @Option(names = "--stats", description = "Print figures as one JSON object, the last line on standard error.")
    boolean stats;

    @Option(names = "--model", paramLabel = "DIR", description = "Vosk model folder (default: models/"
            + ModelLocator.DEFAULT_MODEL + ").")
    Path model;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Extra glossary CSV, after the built-in one; repeat for more, later ones win.")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--no-session", description = "Do not save this run as a session (see: plain-captions sessions).")
    boolean noSession;

    @Mixin
    SessionsFolder sessions;

    @Mixin
    ShareOption share;

    @Mixin
    PublishOption publish;

    @Option(names = "--pause-cuts", paramLabel = "on|off", arity = "1",
            description = "End a long utterance at the speaker's next short pause (default: on)."
                    + " Off leaves it to the recogniser, word for word what bare Vosk gives.")
    String pauseCuts = "on";

    /** For the benchmark that chose the default (docs/decisions/0005): seconds before a pause may end an utterance. */
    @Option(names = "--pause-cut-after", paramLabel = "SECONDS", hidden = true)
    Double pauseCutAfter;

    /** For the benchmark that chose the default: milliseconds of quiet that count as a pause. */
    @Option(names = "--pause-min-ms", paramLabel = "MS", hidden = true)
    Long pauseMinMs;

    /** For the soak benchmark: replace the recogniser after this many seconds of audio (docs/decisions/0043). */
    /** For FluentCrashIT: what the room was shown, partials too, so a test can compare the session with it. */
    @Option(names = "--print-shown", hidden = true)
    boolean printShown;

    @Option(names = "--renew-recognizer-after", paramLabel = "SECONDS", hidden = true)
    Long renewRecognizerAfter;

    @Override
    public Integer call() throws Exception {
        Checks.readableFile(file, "Audio file");
        Checks.audioFile(file); // before the model loads and a session starts: a bad file costs neither
        PauseCutter.Settings cuts = pauseCuts();
        PlainRewriter rewriter = Checks.plainStage(glossaries);
        Optional<EdgeAddress> edge = publish.address();
        Optional<Sharing> sharing = startSharing();
        Optional<EdgePublisher> publisher = edge.map(a -> EdgePublisher.start(a,
                notice -> System.err.println("plain-captions: " + notice.message())));
        long loadStart = System.nanoTime();
        try (EdgePublisher published = publisher.orElse(null); Sharing shared = sharing.orElse(null); SpeechModel speech = loadModel();
             Writer out = open(output.output)) {
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            CaptionWriter writer = output.format.writer(out, output.track, CaptionLayout.DEFAULT);
            AtomicReference<String> problem = new AtomicReference<>();
            AtomicReference<IOException> writeFailure = new AtomicReference<>();
            Pace pace = realtime ? Pace.REAL_TIME : Pace.AS_FAST_AS_POSSIBLE;
            PipelineEvents printed = new PipelineEvents() {
                @Override
                public void onCaption(Caption caption) {
                    if (printShown) {
                        System.err.println((caption.isFinal() ? "final\t" : "partial\t") + caption.sequence() + "\t"
                                + caption.raw());
                    }
                    if (caption.isFinal() && writeFailure.get() == null) {
                        try {
                            writer.write(caption);
                        } catch (IOException e) {
                            writeFailure.set(e);
                        }
                    }
                }

                @Override
                public void onGap(CaptionGap gap) {
                    if (writeFailure.get() == null) {
                        try {
                            writer.gap(gap);
                        } catch (IOException e) {
                            writeFailure.set(e);
                        }
                    }
                }

                @Override
                public void onNotice(PipelineNotice notice) {
                    // Captions went on: worth a line on standard error, not a failed run.
                    if (notice.kind() != PipelineNotice.Kind.FALLING_BEHIND
                            && notice.kind() != PipelineNotice.Kind.CAUGHT_UP) {
                        System.err.println("plain-captions: " + notice.message());
                    }
                }

                @Override
                public void onProblem(String message) {
                    problem.compareAndSet(null, message);
                }
            };
            Optional<SessionRecording> session = noSession ? Optional.empty() : session(printed);
            PipelineEvents events = session.<PipelineEvents>map(r -> PipelineEvents.all(r, printed)).orElse(printed);
            if (sharing.isPresent() || publisher.isPresent()) {
                // One receiver for both, so the laptop's readers and the edge's see the same session.
                List<RoomEvents> rooms = new ArrayList<>();
                sharing.ifPresent(s -> rooms.add(s.hub()));
                publisher.ifPresent(rooms::add);
                RoomEvents room = RoomEvents.all(rooms.toArray(RoomEvents[]::new));
                events = PipelineEvents.all(events, new RoomSharing(room, () -> session.map(SessionRecording::sessionId)));
            }
            PipelineLimits limits = renewRecognizerAfter == null ? PipelineLimits.DEFAULT
                    : PipelineLimits.DEFAULT.withRenewRecognizerAfter(java.time.Duration.ofSeconds(renewRecognizerAfter));
            CaptionPipeline pipeline = new CaptionPipeline(new FileSource(file, pace), speech::newRecognizer,
                    rewriter, events, limits).cutAtPauses(cuts);
            double cpuStart = ProcessCpu.seconds();
            if (!realtime) {
                pipeline.finalsOnly();
            }
            pipeline.measureLatencyOn(output.track).start();
            while (!pipeline.awaitEnd(1, TimeUnit.SECONDS)) {
                if (writeFailure.get() != null) {
                    pipeline.stop();
                }
            }
            double cpuSeconds = ProcessCpu.seconds() - cpuStart;
            writer.finish();
            if (writeFailure.get() != null) {
                throw new UserError("Cannot write " + (output.output == null ? "the output" : output.output) + ": "
                        + writeFailure.get().getMessage());
            }
            if (problem.get() != null) {
                throw new UserError(problem.get());
            }
            if (stats) {
                System.err.println(StatsLine.of(pipeline.stats(), loadSeconds, cpuSeconds, realtime,
                        session.map(SessionRecording::sessionId)));
            }
        }
        return 0;
    }

    /**
     * Read as fast as it can be, a file gives only final results, so the default model runs on Vosk's own
     * decoder chunk there; at live pace, on the chunk that makes partial results change sooner (decision 0009).
     */
    private SpeechModel loadModel() throws SpeechModelException {
        Path folder = ModelLocator.forThisProcess().locate(Optional.ofNullable(model));
        return realtime ? SpeechModel.load(folder) : SpeechModel.loadForFinalsOnly(folder);
    }

    private PauseCutter.Settings pauseCuts() throws UserError {
        switch (pauseCuts) {
            case "off":
                return PauseCutter.Settings.OFF;
            case "on":
                PauseCutter.Settings d = PauseCutter.Settings.DEFAULT;
                if (pauseCutAfter != null && !(pauseCutAfter > 0)) {
                    throw new UserError("--pause-cut-after takes seconds above 0, not " + pauseCutAfter + ".");
                }
                return new PauseCutter.Settings(pauseCutAfter == null ? d.after()
                        : java.time.Duration.ofMillis(Math.round(pauseCutAfter * 1000)),
                        pauseMinMs == null ? d.minPause() : java.time.Duration.ofMillis(Math.max(50, pauseMinMs)));
            default:
                throw new UserError("--pause-cuts takes on or off, not " + pauseCuts + ".");
        }
    }

    /** With --share: the reader page is served before the model loads, and its address printed. */
    private Optional<Sharing> startSharing() throws UserError {
        Optional<ShareServer.Options> options = share.options();
        if (options.isEmpty()) {
            return Optional.empty();
        }
        try {
            Sharing started = Sharing.start(options.get());
            System.err.println("plain-captions: readers open " + started.address());
            return Optional.of(started);
        } catch (ShareException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Saves the run as a session; a folder that cannot take it costs the session, not the transcript. */
    private Optional<SessionRecording> session(PipelineEvents printed) {
        SessionStore store = sessions.store();
        tellInterrupted(store);
        try {
            Path name = file.getFileName();
            return Optional.of(new SessionRecording(store.begin(name == null ? file.toString() : name.toString(),
                    SessionRecording.noticesTo(printed))));
        } catch (SessionFileException e) {
            System.err.println("plain-captions: " + e.getMessage() + " The transcript is written all the same.");
            return Optional.empty();
        }
    }

    /** Says once that a session was cut off (a crash, kill -9), and keeps it as it is. */
    private static void tellInterrupted(SessionStore store) {
        for (SessionSummary s : store.interrupted()) {
            System.err.println("plain-captions: session " + s.id() + " (" + s.source() + ") was interrupted; it is kept"
                    + " as it was, " + s.captions() + " captions: plain-captions export " + s.id());
            try {
                store.keep(s.id());
            } catch (SessionFileException e) {
                System.err.println("plain-captions: " + e.getMessage());
            }
        }
    }

    private static Writer open(Path output) throws UserError {
        if (output == null) {
            return new OutputStreamWriter(new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush(); // never close standard output
                }
            }, StandardCharsets.UTF_8);
        }
        try {
            return new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserError("Cannot write " + output + ": " + Checks.reason(e) + ".");
        }
    }
}
