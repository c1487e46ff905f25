package dev.ratecard.ui.usage;

import dev.ratecard.ui.component.Columns;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** The import batches, newest first, with the selected one's issues below and a button to delete it. */
final class BatchesPane {
    private BatchesPane() {
    }

    static Node build(BatchListModel model) {
        TableView<BatchRow> table = new TableView<>(model.batches());
        table.setId("usage-batches");
        table.getColumns().addAll(List.of(
                Columns.count("#", "batches-column-id", BatchRow::id, 48),
                Columns.text("File", "batches-column-file", BatchRow::file, 250),
                Columns.text("Format", "batches-column-format", BatchRow::format, 170),
                Columns.whole(Columns.text("Zone", "batches-column-zone", BatchRow::timeZone, 70)),
                Columns.count("Rows", "batches-column-rows", BatchRow::rows, 80),
                Columns.count("Duplicates", "batches-column-duplicates", BatchRow::duplicates, 100),
                Columns.whole(Columns.text("Dates (UTC)", "batches-column-dates", BatchRow::dates, 190)),
                Columns.count("With issues", "batches-column-issues", BatchRow::withIssues, 110),
                Columns.whole(Columns.text("Imported", "batches-column-imported", BatchRow::importedAt, 150)),
                Columns.whole(Columns.text("", "batches-column-sample", row -> row.sample() ? "sample" : "", 70))));
        table.setPlaceholder(UsageTables.muted("No imports yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((observable, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        Button delete = new Button("Delete batch\u2026");
        delete.setId("batches-delete");
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(event -> model.deleteSelected());
        HBox toolbar = new HBox(8, delete, UsageTables.muted("Deleting a batch takes its rows out of every figure; its"
                + " file can be imported again."));
        toolbar.getStyleClass().add("toolbar");

        SplitPane split = new SplitPane(table, UsageTables.issues(model.issues(), "batches-issues"));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox pane = new VBox(8, toolbar, split);
        pane.setId("usage-batches-pane");
        pane.getStyleClass().add("pane-content");
        return pane;
    }
}
