package dev.ratecard.ui.usage;

import dev.ratecard.ui.component.Columns;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.geometry.HPos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.util.List;

/** The tables and figure grids the Usage screen shows in more than one place: records, issues, labelled figures. */
final class UsageTables {
    private UsageTables() {
    }

    /** Records as the preview shows them. */
    static TableView<PreviewRow> records(ObservableList<PreviewRow> rows, String id) {
        TableView<PreviewRow> table = new TableView<>(rows);
        table.setId(id);
        table.getColumns().addAll(List.of(
                Columns.text("Line", id + "-line", PreviewRow::line, 60),
                Columns.text("Time (UTC)", id + "-time", PreviewRow::time, 170),
                Columns.text("Model", id + "-model", PreviewRow::model, 210),
                Columns.text("Provider", id + "-provider", PreviewRow::provider, 90),
                Columns.text("Route", id + "-route", PreviewRow::route, 90),
                Columns.count("Input", id + "-input", PreviewRow::input, 90),
                Columns.count("Cache read", id + "-cache-read", PreviewRow::cacheRead, 110),
                Columns.count("Cache write", id + "-cache-write", PreviewRow::cacheWrite, 115),
                Columns.count("Output", id + "-output", PreviewRow::output, 90),
                Columns.count("Requests", id + "-requests", PreviewRow::requests, 100),
                Columns.figure("Reported cost", id + "-reported", PreviewRow::reportedCost, 130)));
        table.setPlaceholder(muted("No records to show"));
        return table;
    }

    /** Issues with file, line, column, value and reason. */
    static TableView<IssueRow> issues(ObservableList<IssueRow> rows, String id) {
        TableView<IssueRow> table = new TableView<>(rows);
        table.setId(id);
        table.getColumns().addAll(List.of(
                Columns.text("", id + "-severity", IssueRow::severity, 70),
                Columns.text("File", id + "-file", IssueRow::file, 170),
                Columns.text("Line", id + "-line", IssueRow::line, 90),
                Columns.text("Column", id + "-column", IssueRow::column, 130),
                Columns.text("Value", id + "-value", IssueRow::value, 130),
                Columns.text("Reason", id + "-reason", IssueRow::reason, 420)));
        table.setPlaceholder(muted("No issues"));
        return table;
    }

    /** Labelled figures in two columns, label left and figure right, following the list. */
    static GridPane figures(ObservableList<FigureLine> lines, String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("figure-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints figures = new ColumnConstraints();
        figures.setMinWidth(Region.USE_PREF_SIZE);
        figures.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(labels, figures);
        Runnable fill = () -> {
            grid.getChildren().clear();
            for (int i = 0; i < lines.size(); i++) {
                Label label = new Label(lines.get(i).label());
                label.getStyleClass().add("form-label");
                Label value = new Label(lines.get(i).value());
                value.getStyleClass().add("numeric");
                value.setId(id + "-" + i);
                grid.addRow(i, label, value);
            }
        };
        lines.addListener((ListChangeListener<FigureLine>) change -> fill.run());
        fill.run();
        return grid;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }
}
