package org.plaincaptions.ui.control;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.plaincaptions.settings.GlossaryRow;

/**
 * The meeting's glossary as a table: pick a row to edit it in the form above, Add or Update, Delete;
 * Import and Export CSV. Every change is saved at once (atomically), so the captions use it within a
 * second. The form is checked with the glossary reader's own rules before anything is saved.
 */
public final class GlossaryEditor {
    private final Stage stage = new Stage();
    private final GlossaryFiles files;
    final TableView<GlossaryRow> table = new TableView<>();
    final TextField term = new TextField();
    final TextField plain = new TextField();
    final ComboBox<String> pos = new ComboBox<>();
    final ComboBox<String> mode = new ComboBox<>();
    final TextField note = new TextField();
    final Button add = new Button("_Add");
    final Button update = new Button("_Update");
    final Button delete = new Button("_Delete");
    final Button importCsv = new Button("_Import CSV…");
    final Button exportCsv = new Button("E_xport CSV…");
    final Label status = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    private final Label modes;

    public GlossaryEditor(Window owner, GlossaryFiles files) {
        this.files = files;
        stage.initOwner(owner);
        stage.setTitle("Plain Captions: meeting glossary");
        table.setId("glossary-table");
        table.setAccessibleText("Meeting glossary rows");
        table.setPlaceholder(new Label("No rows yet: add a term and its plain words above."));
        table.getColumns().setAll(List.of(column("Term", GlossaryRow::term, 180),
                column("Plain words", GlossaryRow::plain, 260), column("Part of speech", GlossaryRow::pos, 130),
                column("Mode", r -> r.mode().isBlank() ? "replace" : r.mode(), 90), column("Note", GlossaryRow::note, 200)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                fill(b);
            }
        });
        term.setId("glossary-term");
        plain.setId("glossary-plain");
        pos.setId("glossary-pos");
        mode.setId("glossary-mode");
        note.setId("glossary-note");
        add.setId("glossary-add");
        update.setId("glossary-update");
        delete.setId("glossary-delete");
        status.setId("glossary-status");
        term.setAccessibleText("Term");
        plain.setAccessibleText("Plain words");
        pos.setAccessibleText("Part of speech");
        mode.setAccessibleText("Mode");
        note.setAccessibleText("Note");
        pos.getItems().setAll("", "noun", "verb", "adjective", "adverb", "phrase");
        mode.getItems().setAll("replace", "explain", "flag");
        mode.setValue("replace");
        Label modes = new Label("Mode: replace shows the plain words instead of the term; explain keeps the term "
                + "and adds the plain words in brackets the first time; flag leaves the term and tells you it was "
                + "said (with the note).");
        modes.setId("glossary-modes");
        modes.getStyleClass().add("hint");
        modes.setWrapText(true);
        this.modes = modes;
        validation.registerValidator(term, false, (javafx.scene.control.Control c, String v) ->
                ValidationResult.fromErrorIf(c, formProblem().orElse(""), formProblem().isPresent()));
        validation.registerValidator(plain, false, (javafx.scene.control.Control c, String v) ->
                ValidationResult.fromErrorIf(c, formProblem().orElse(""), formProblem().isPresent()));
        // Each field's check depends on the other's value: check both whenever either changes.
        for (TextField field : List.of(term, plain, note)) {
            field.textProperty().addListener(o -> validation.revalidate());
        }
        pos.valueProperty().addListener(o -> validation.revalidate());
        mode.valueProperty().addListener(o -> validation.revalidate());
        add.disableProperty().bind(validation.invalidProperty());
        validation.setErrorDecorationEnabled(false); // no red marks before anything is typed
        for (TextField field : List.of(term, plain)) {
            field.setOnKeyTyped(e -> validation.setErrorDecorationEnabled(true));
        }
        update.disableProperty().bind(validation.invalidProperty().or(table.getSelectionModel().selectedItemProperty().isNull()));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> addRow());
        update.setOnAction(e -> updateRow());
        delete.setOnAction(e -> deleteRow());
        importCsv.setOnAction(e -> chooseImport());
        exportCsv.setOnAction(e -> chooseExport());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label("_Term", term), term, label("_Plain words", plain), plain);
        form.addRow(1, label("Part of _speech", pos), pos, label("_Mode", mode), mode);
        form.addRow(2, label("_Note", note), note);
        GridPane.setColumnSpan(note, 3);
        GridPane.setHgrow(plain, Priority.ALWAYS);
        HBox buttons = new HBox(8, add, update, delete, importCsv, exportCsv, status);
        BorderPane root = new BorderPane(table);
        root.setTop(new javafx.scene.layout.VBox(8, form, modes, buttons));
        root.setPadding(new Insets(10));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        SideWindows.setScene(stage, root, 900, 520);
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window with the rows as they are on disk now. */
    public void open() {
        files.load().thenAccept(rows -> {
            table.getItems().setAll(rows);
            status.setText(rows(rows.size()));
        });
        stage.show();
        stage.toFront();
        term.requestFocus();
    }

    public List<GlossaryRow> rows() {
        return List.copyOf(table.getItems());
    }

    /** Adds the rows of a CSV file; a row for a term already there replaces it. */
    public CompletableFuture<Void> importFrom(Path csv) {
        return files.read(csv).thenCompose(rows -> {
            List<GlossaryRow> merged = org.plaincaptions.settings.GlossaryFile.merge(table.getItems(), rows);
            table.getItems().setAll(merged);
            return save("Imported " + rows(rows.size()) + " from " + csv.getFileName());
        });
    }

    public CompletableFuture<Void> exportTo(Path csv) {
        return files.write(csv, rows()).thenRun(() -> status.setText("Exported " + rows(rows().size()) + " to "
                + csv.getFileName()));
    }

    static String rows(int n) {
        return n + (n == 1 ? " row" : " rows");
    }

    private void addRow() {
        GlossaryRow row = formRow();
        List<GlossaryRow> rows = org.plaincaptions.settings.GlossaryFile.merge(table.getItems(), List.of(row));
        table.getItems().setAll(rows);
        table.scrollTo(row);
        save("Added \"" + row.term() + "\"");
        clearForm(); // ready for the next term
    }

    private void updateRow() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            GlossaryRow row = formRow();
            table.getItems().set(index, row);
            save("Updated \"" + row.term() + "\"");
        }
    }

    private void deleteRow() {
        GlossaryRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            table.getItems().remove(row);
            save("Deleted \"" + row.term() + "\"");
            clearForm();
        }
    }

    private CompletableFuture<Void> save(String done) {
        status.setText("Saving…");
        return files.save(new ArrayList<>(table.getItems())).handle((ok, failure) -> {
            status.setText(failure == null ? done + "; saved." : "Not saved: " + failure.getMessage());
            return null;
        });
    }

    private GlossaryRow formRow() {
        String source = Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(GlossaryRow::source)
                .orElse("added in the meeting");
        return new GlossaryRow(term.getText(), plain.getText(), Optional.ofNullable(pos.getValue()).orElse(""),
                Optional.ofNullable(mode.getValue()).filter(m -> !m.equals("replace")).orElse(""), note.getText(), source);
    }

    private Optional<String> formProblem() {
        if (term.getText() == null || term.getText().isBlank()) {
            return Optional.of("Write the term heard");
        }
        return formRow().problem();
    }

    private void fill(GlossaryRow row) {
        term.setText(row.term());
        plain.setText(row.plain());
        pos.setValue(row.pos());
        mode.setValue(row.mode().isBlank() ? "replace" : row.mode());
        note.setText(row.note());
    }

    private void clearForm() {
        table.getSelectionModel().clearSelection();
        term.clear();
        plain.clear();
        pos.setValue("");
        mode.setValue("replace");
        note.clear();
    }

    private void chooseImport() {
        File file = chooser("Import glossary rows from a CSV file").showOpenDialog(stage);
        if (file != null) {
            importFrom(file.toPath());
        }
    }

    private void chooseExport() {
        FileChooser chooser = chooser("Export the meeting glossary as CSV");
        chooser.setInitialFileName("meeting-glossary.csv");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (UTF-8)", "*.csv", "*.CSV"));
        return chooser;
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    private static TableColumn<GlossaryRow, String> column(String title,
                                                           java.util.function.Function<GlossaryRow, String> cell,
                                                           double width) {
        TableColumn<GlossaryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(cell.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
