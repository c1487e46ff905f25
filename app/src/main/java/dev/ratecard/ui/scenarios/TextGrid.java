package dev.ratecard.ui.scenarios;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A table of wrapping text cells, filled again after every edit. Cells are kept and given their new text rather
 * than made anew, so that a redraw restyles nothing that did not change: creating and styling a few hundred labels
 * per edit would take longer than the recompute itself.
 */
final class TextGrid extends GridPane {
    private final Map<Integer, Node> cells = new HashMap<>();
    private final Set<Integer> used = new HashSet<>();
    private final int columns;

    TextGrid(String id, double... percents) {
        setId(id);
        getStyleClass().add("text-table");
        columns = percents.length;
        for (double percent : percents) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
    }

    /** Starts a refill: cells not set again before {@link #end()} are removed then. */
    void begin() {
        used.clear();
    }

    void end() {
        cells.entrySet().removeIf(cell -> {
            if (used.contains(cell.getKey())) {
                return false;
            }
            getChildren().remove(cell.getValue());
            return true;
        });
    }

    /** A cell of text in {@code style} ({@code …figure} styles line up on the right). */
    void cell(String text, int column, int row, String style) {
        int key = row * columns + column;
        used.add(key);
        if (cells.get(key) instanceof Label label && label.getStyleClass().contains(style)) {
            label.setText(text);
            return;
        }
        remove(key);
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("table-cell-text", style);
        label.setMaxWidth(Double.MAX_VALUE);
        if (style.endsWith("figure")) {
            GridPane.setHalignment(label, HPos.RIGHT);
        }
        GridPane.setValignment(label, VPos.TOP);
        cells.put(key, label);
        add(label, column, row);
    }

    /** A line under a row, across every column. */
    void rule(int row, String style) {
        int key = row * columns;
        used.add(key);
        if (cells.get(key) instanceof Region line && !(line instanceof Label) && line.getStyleClass().contains(style)) {
            return;
        }
        remove(key);
        Region line = new Region();
        line.getStyleClass().add(style);
        line.setMinHeight(1);
        line.setPrefHeight(1);
        line.setMaxHeight(1);
        cells.put(key, line);
        add(line, 0, row, columns, 1);
    }

    private void remove(int key) {
        Node old = cells.remove(key);
        if (old != null) {
            getChildren().remove(old);
        }
    }
}
