package org.plaincaptions.ui.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The app's side of the control room for view tests: records what was asked and runs or stops as asked. */
final class RecordedActions implements ControlRoomActions {
    final List<String> done = new CopyOnWriteArrayList<>();
    private final ControlRoomModel model;

    RecordedActions(ControlRoomModel model) {
        this.model = model;
    }

    @Override
    public void start(SourceChoice source) {
        done.add("start " + source.label());
        model.runningProperty().set(true);
    }

    @Override
    public void stop() {
        done.add("stop");
        model.runningProperty().set(false);
    }

    @Override
    public void pause(boolean paused) {
        done.add(paused ? "pause" : "resume");
    }

    @Override
    public void useModel(Path folder) {
        done.add("model " + folder);
    }

    @Override
    public void addPlainWords(String term, String plain, Consumer<Optional<String>> result) {
        done.add("add " + term + " = " + plain);
        result.accept(Optional.empty());
    }

    @Override
    public void editGlossary() {
        done.add("glossary");
    }

    @Override
    public void openSessions() {
        done.add("sessions");
    }

    @Override
    public void showCaptionScreen() {
        done.add("show caption screen");
    }

    /** Whether captions were started or stopped. */
    boolean startedOrStopped() {
        return done.stream().anyMatch(d -> d.startsWith("start") || d.equals("stop"));
    }
}
