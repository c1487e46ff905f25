package dev.ratecard.ui.usage;

import dev.ratecard.ui.component.Columns;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** The import batches, newest first, with the selected one's issues below and a button to delete it. */
final class BatchesPane {
    /** Room for a typical export's name, such as "openrouter-activity-2026-08.csv". */
    private static final double MIN_FILE_WIDTH = 220;

    private BatchesPane() {
    }

    static Node build(BatchListModel model) {
        TableView<BatchRow> table = new TableView<>(model.batches());
        table.setId("usage-batches");
        table.getColumns().addAll(List.of(
                Columns.count("#", "batches-column-id", BatchRow::id, 44),
                fileColumn(),
                Columns.whole(Columns.text("Zone", "batches-column-zone", BatchRow::timeZone, 64)),
                Columns.count("Rows", "batches-column-rows", BatchRow::rows, 80),
                Columns.count("Duplicates", "batches-column-duplicates", BatchRow::duplicates, 100),
                Columns.whole(Columns.text("Dates (UTC)", "batches-column-dates", BatchRow::dates, 190)),
                Columns.count("With issues", "batches-column-issues", BatchRow::withIssues, 110),
                Columns.whole(Columns.text("Imported", "batches-column-imported", BatchRow::importedAt, 140))));
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

    /**
     * The file's name over its format (and "sample" for the sample's imports), in one column: as two columns beside
     * the figures, both were cut to a few letters at the usual window width.
     */
    private static TableColumn<BatchRow, BatchRow> fileColumn() {
        TableColumn<BatchRow, BatchRow> column = Columns.text("File", "batches-column-file", BatchRow::file, 300);
        column.setMinWidth(MIN_FILE_WIDTH);
        column.setCellFactory(unused -> new FileCell());
        return column;
    }

    private static final class FileCell extends TableCell<BatchRow, BatchRow> {
        private final Label name = new Label();
        private final Label format = UsageTables.muted("");
        private final VBox lines = new VBox(1, name, format);
        private final Tooltip whole = new Tooltip();

        FileCell() {
            name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            lines.setMinWidth(0);
            lines.setPadding(new Insets(2, 0, 2, 0));
        }

        @Override
        protected void updateItem(BatchRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(row.file());
            format.setText(row.sample() ? row.format() + " · sample" : row.format());
            whole.setText(row.file() + "\n" + format.getText());
            setGraphic(lines);
            setTooltip(whole);
        }
    }
}
