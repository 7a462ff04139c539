package org.plaincaptions.ui.control;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.plaincaptions.captions.ExportFormat;
import org.plaincaptions.captions.Track;
import org.plaincaptions.session.SessionExport;
import org.plaincaptions.session.SessionRecord;
import org.plaincaptions.session.SessionStore;
import org.plaincaptions.session.SessionSummary;

/**
 * Past sessions: the list of saved sessions, each exportable as text, subtitles or JSON lines (plain
 * or raw words) and deletable for privacy, and the age after which the app deletes them by itself.
 * Every file is read and written on the app's I/O thread, so a long session never freezes the window;
 * what went wrong is shown as one line under the list.
 */
public final class SessionsWindow {
    /** The clean-up ages offered, in days; 0 is never. */
    static final List<Integer> CLEAN_UP_AGES = List.of(0, 7, 30, 90, 365);

    private final Stage stage = new Stage();
    private final SessionStore store;
    private final SessionFileWork work;
    final SessionTable table = new SessionTable();
    final ComboBox<ExportFormat> format = new ComboBox<>();
    final ComboBox<Track> track = new ComboBox<>();
    final Button export = new Button("_Export…");
    final Button delete = new Button("_Delete…");
    final Button refresh = new Button("_Refresh");
    final ComboBox<Integer> cleanUp = new ComboBox<>();
    final Label status = new Label();
    private Function<String, Optional<Path>> askWhere = this::chooseFile;
    private Predicate<SessionSummary> confirmDelete = new DeleteConfirmation(stage)::ask;
    private Path lastFolder;

    /**
     * @param io               the app's I/O thread, for every file read, written or deleted here
     * @param cleanUpAfterDays the clean-up age in the settings, 0 for never
     * @param cleanUpChanged   told on the FX thread when the facilitator picks another age
     */
    public SessionsWindow(Window owner, SessionStore store, Executor io, int cleanUpAfterDays,
                          IntConsumer cleanUpChanged) {
        this.store = store;
        this.work = new SessionFileWork(io);
        stage.initOwner(owner);
        stage.setTitle("Plain Captions: past sessions");
        ExportNames.offerFormats(format);
        ExportNames.offerTracks(track);
        ExportNames.offerAges(cleanUp, CLEAN_UP_AGES, cleanUpAfterDays);
        cleanUp.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                cleanUpChanged.accept(b);
                say(b == 0 ? "Sessions are kept until you delete them."
                        : "Sessions last saved more than " + ExportNames.days(b) + " ago will be deleted when the app "
                        + "next starts.", false);
            }
        });

        export.setId("sessions-export");
        delete.setId("sessions-delete");
        refresh.setId("sessions-refresh");
        status.setId("sessions-status");
        status.getStyleClass().add("status");
        export.setAccessibleHelp("Saves the session picked as a file, in the format and words chosen.");
        delete.setAccessibleHelp("Deletes the session picked from this computer, after asking.");
        refresh.setAccessibleHelp("Reads the list of sessions again.");
        export.setTooltip(new Tooltip("Save the session picked as a file"));
        delete.setTooltip(new Tooltip("Delete the session picked from this computer for good (Delete key)"));
        var busy = work.busyProperty();
        var nothingPicked = table.getSelectionModel().selectedItemProperty().isNull();
        export.disableProperty().bind(busy.or(nothingPicked));
        delete.disableProperty().bind(busy.or(nothingPicked));
        refresh.disableProperty().bind(busy);
        track.disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.JSONL)); // it has both
        export.setOnAction(e -> export());
        delete.setOnAction(e -> delete());
        refresh.setOnAction(e -> refresh());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !delete.isDisabled()) {
                delete();
                e.consume();
            }
        });

        HBox actions = new HBox(8, label("F_ormat:", format), format, label("_Words:", track), track, export, delete,
                refresh);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label cleanUpNote = new Label("Checked each time the app starts; a running session is never deleted.");
        HBox ages = new HBox(8, label("Delete sessions _automatically:", cleanUp), cleanUp, cleanUpNote);
        ages.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane();
        root.setTop(actions); // in this order, so Tab goes through them as they are read
        root.setCenter(table);
        root.setBottom(new VBox(8, status, ages));
        root.setPadding(new Insets(10));
        root.getStyleClass().add("control-room");
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        SideWindows.setScene(stage, root, 960, 520);
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window and reads the list again; done (on the FX thread) when the list is shown. */
    public CompletableFuture<Void> open() {
        stage.show();
        stage.toFront();
        table.requestFocus();
        return refresh();
    }

    /** The sessions listed, as shown. */
    public List<SessionSummary> sessions() {
        return List.copyOf(table.getItems());
    }

    /** The line under the list: what was done, or what went wrong. */
    public String status() {
        return status.getText();
    }

    /** Replaces the file chooser (tests): given the suggested file name, where to save, or empty to cancel. */
    public void askWhereWith(Function<String, Optional<Path>> ask) {
        this.askWhere = ask;
    }

    /** Replaces the "delete for good?" question (tests). */
    public void confirmDeleteWith(Predicate<SessionSummary> confirm) {
        this.confirmDelete = confirm;
    }

    /** Reads the list again, keeping the session picked if it is still there. */
    public CompletableFuture<Void> refresh() {
        String picked = Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(SessionSummary::id)
                .orElse(null);
        return inBackground("Reading the sessions…", () -> {
            List<String> problems = new ArrayList<>();
            return new Listing(store.list(problems::add), problems);
        }, listing -> show(listing, picked));
    }

    /** Export…: asks where, then writes the session picked in the format and words chosen. */
    CompletableFuture<Void> export() {
        SessionSummary picked = table.getSelectionModel().getSelectedItem();
        ExportFormat as = format.getValue();
        Track words = track.getValue();
        if (picked == null) {
            return done();
        }
        Optional<Path> where = askWhere.apply(SessionExport.fileName(picked.id(), as, words));
        if (where.isEmpty()) {
            return done();
        }
        Path target = where.get().toAbsolutePath();
        lastFolder = target.getParent();
        return inBackground("Exporting " + SessionTable.name(picked) + "…", () -> {
            SessionRecord record = store.read(picked.id());
            SessionExport.writeFile(record, as, words, target);
            return record.skipped().size();
        }, skipped -> say("Exported " + SessionTable.name(picked) + " to " + target
                + (skipped == 0 ? "." : "; " + skipped + " damaged lines in it were left out."), false));
    }

    /** Delete…: asks, then deletes the session picked for good. A running one is refused in one line. */
    CompletableFuture<Void> delete() {
        SessionSummary picked = table.getSelectionModel().getSelectedItem();
        if (picked == null) {
            return done();
        }
        if (picked.state() == SessionSummary.State.RUNNING) {
            say("This session is running now: stop captions before deleting it.", true);
            return done();
        }
        if (!confirmDelete.test(picked)) {
            say("Nothing deleted.", false);
            return done();
        }
        return inBackground("Deleting " + SessionTable.name(picked) + "…", () -> {
            store.delete(picked.id());
            return picked;
        }, gone -> {
            int index = table.getItems().indexOf(gone);
            table.getItems().remove(gone);
            if (!table.getItems().isEmpty()) {
                table.getSelectionModel().select(Math.min(Math.max(index, 0), table.getItems().size() - 1));
            }
            say("Deleted " + SessionTable.name(gone) + " for good.", false);
        });
    }

    private void show(Listing listing, String picked) {
        table.getItems().setAll(listing.sessions());
        table.getItems().stream().filter(s -> s.id().equals(picked)).findFirst()
                .ifPresentOrElse(table.getSelectionModel()::select, () -> table.getSelectionModel().selectFirst());
        int n = listing.sessions().size();
        String count = n == 0 ? "No sessions" : n == 1 ? "1 session" : n + " sessions";
        List<String> problems = listing.problems();
        if (problems.isEmpty()) {
            status.setTooltip(null);
            say(count + " in " + store.folder() + ".", false);
        } else {
            status.setTooltip(new Tooltip(String.join("\n", problems)));
            say(count + ". " + (problems.size() == 1 ? "One file could not be read: "
                    : problems.size() + " files could not be read, the first: ")
                    + SessionFileWork.oneLine(problems.get(0)), true);
        }
    }

    private record Listing(List<SessionSummary> sessions, List<String> problems) {
    }

    /** Says {@code working}, then runs {@code task} off the FX thread and {@code then} back on it. */
    private <T> CompletableFuture<Void> inBackground(String working, SessionFileWork.Task<T> task, Consumer<T> then) {
        say(working, false);
        return work.run(task, then, problem -> say(problem, true));
    }

    private void say(String text, boolean problem) {
        status.setText(text);
        status.getStyleClass().remove("problem");
        if (problem) {
            status.getStyleClass().add("problem");
        }
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    private Optional<Path> chooseFile(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export a session");
        chooser.setInitialFileName(suggested);
        String extension = suggested.substring(suggested.lastIndexOf('.') + 1);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                + " files", "*." + extension));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File file = chooser.showSaveDialog(stage);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }
}
