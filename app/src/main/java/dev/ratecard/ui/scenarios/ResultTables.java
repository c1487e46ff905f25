package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.MoneyFormatter;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * The two tables under the charts: every pair's break-even, and every option's monthly cost line by line with the
 * source of each line. Laid out as text that wraps, not as scrolling table views: they are read like a report, and
 * a source cut short would hide where a figure comes from.
 */
final class ResultTables {
    private ResultTables() {
    }

    static GridPane breakEvens() {
        return grid("scenario-break-even-table", new double[] {26, 16, 14, 12, 32});
    }

    static void showBreakEvens(GridPane grid, List<BreakEvenRow> rows) {
        grid.getChildren().clear();
        header(grid, "Options", "Cheaper at low volume", "Breaks even for good (tokens/month)",
                "First crossing (tokens/month)", "Why");
        int r = 2;
        for (BreakEvenRow row : rows) {
            cell(grid, row.pair(), 0, r, "table-text");
            cell(grid, row.cheaperAtLowVolume(), 1, r, "table-text");
            cell(grid, row.breaksEven(), 2, r, "table-figure");
            cell(grid, row.firstCrossing(), 3, r, "table-figure");
            cell(grid, row.why(), 4, r, "table-note");
            rule(grid, r + 1, "table-rule");
            r += 2;
        }
    }

    static GridPane breakdown() {
        return grid("scenario-breakdown-table", new double[] {28, 14, 18, 40});
    }

    static void showBreakdown(GridPane grid, List<OptionBreakdown> options) {
        grid.getChildren().clear();
        header(grid, "Option and cost line", "USD/month", "", "Source");
        int r = 2;
        for (OptionBreakdown option : options) {
            cell(grid, option.name(), 0, r, "table-total");
            cell(grid, MoneyFormatter.table(option.monthly()), 1, r, "table-total-figure");
            cell(grid, MoneyFormatter.table(option.perMillionTokens()) + " per 1M tokens"
                    + (option.replicas().isEmpty() ? "" : "; " + option.replicas()), 2, r, "table-note");
            r++;
            for (OptionBreakdown.Line line : option.lines()) {
                cell(grid, line.label(), 0, r, "table-line");
                cell(grid, MoneyFormatter.table(line.amount()), 1, r, "table-figure");
                cell(grid, line.steps() == null ? line.group() : line.group() + ", " + line.steps() + " bought", 2, r,
                        "table-note");
                cell(grid, line.source(), 3, r, "table-note");
                r++;
            }
            rule(grid, r, "table-rule");
            r++;
        }
    }

    private static GridPane grid(String id, double[] percents) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("text-table");
        for (double percent : percents) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    private static void header(GridPane grid, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            cell(grid, titles[c], c, 0, "table-header");
        }
        rule(grid, 1, "table-header-rule");
    }

    /** A line under a row, across every column. */
    private static void rule(GridPane grid, int row, String style) {
        Region line = new Region();
        line.getStyleClass().add(style);
        line.setMinHeight(1);
        line.setPrefHeight(1);
        line.setMaxHeight(1);
        grid.add(line, 0, row, grid.getColumnConstraints().size(), 1);
    }

    private static void cell(GridPane grid, String text, int column, int row, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("table-cell-text", style);
        label.setMaxWidth(Double.MAX_VALUE);
        if (style.endsWith("figure")) {
            GridPane.setHalignment(label, HPos.RIGHT);
        }
        GridPane.setValignment(label, VPos.TOP);
        grid.add(label, column, row);
    }
}
