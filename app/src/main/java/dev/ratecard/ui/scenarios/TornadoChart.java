package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.CompactNumbers;
import dev.ratecard.chart.LogScale;
import dev.ratecard.chart.Tick;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sensitivity tornado: one row per input, a bar from the break-even with the input at its low value to the one
 * at its high value, on a log axis of tokens a month, across a line at the base break-even. The side that comes
 * from the low value and the side from the high value have their own colours; a side where it never breaks even
 * runs into the "never" column at the right. Each row names the input and, under it, both values and their
 * break-evens. Drawn directly (a handful of rows), laid out with the region.
 */
final class TornadoChart extends Region {
    static final double ROW_HEIGHT = 42;
    private static final double NAME_WIDTH = 300;
    private static final double AXIS_HEIGHT = 24;
    private static final double LEGEND_HEIGHT = 26;
    private static final double NEVER_WIDTH = 72;
    private static final double GAP = 12;

    private TornadoFigure figure = new TornadoFigure("", new TornadoFigure.Outcome(null, ""), List.of());
    private LogScale scale = new LogScale(1e6, 1e11);
    private final List<RowNodes> rows = new ArrayList<>();
    private final Line base = new Line();
    private final Label never = new Label("never");
    private final Label legendBase = new Label();
    private final HBox legend;
    private final Line neverEdge = new Line();
    private final List<Label> tickLabels = new ArrayList<>();
    private final List<Line> tickLines = new ArrayList<>();

    /** One row's nodes, kept across redraws while the rows stay the same inputs. */
    private record RowNodes(Label name, Label values, Tooltip text, VBox box, Rectangle lowBar, Tooltip low,
                            Rectangle highBar, Tooltip high) {
    }

    TornadoChart() {
        getStyleClass().add("tornado-chart");
        base.getStyleClass().add("tornado-base");
        never.getStyleClass().add("tornado-tick");
        neverEdge.getStyleClass().add("tornado-never-edge");
        legendBase.getStyleClass().add("tornado-legend");
        legend = new HBox(6, swatch("tornado-low"), legendLabel("input at its low value"), swatch("tornado-high"),
                legendLabel("at its high value"), legendBase);
        legend.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(legendBase, new Insets(0, 0, 0, 12));
        getChildren().addAll(neverEdge, base, never, legend);
    }

    private static Rectangle swatch(String style) {
        Rectangle swatch = new Rectangle(12, 12);
        swatch.getStyleClass().add(style);
        return swatch;
    }

    private static Label legendLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("tornado-legend");
        return label;
    }

    /** Shows {@code newFigure}; the rows' nodes are kept while there are as many rows, and given the new figures. */
    void show(TornadoFigure newFigure) {
        figure = Objects.requireNonNull(newFigure, "figure");
        LogScale newScale = scaleFor(newFigure);
        if (!newScale.equals(scale) || tickLines.isEmpty()) {
            scale = newScale;
            showTicks();
        }
        if (rows.size() != newFigure.rows().size()) {
            rows.forEach(nodes -> getChildren().removeAll(nodes.box(), nodes.lowBar(), nodes.highBar()));
            rows.clear();
            for (int i = 0; i < newFigure.rows().size(); i++) {
                rows.add(rowNodes());
                RowNodes nodes = rows.getLast();
                getChildren().addAll(nodes.box(), nodes.lowBar(), nodes.highBar());
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            fill(rows.get(i), newFigure.rows().get(i));
        }
        legendBase.setText("\u2502 break-even as it is: " + newFigure.base().text());
        requestLayout();
    }

    private void showTicks() {
        getChildren().removeAll(tickLines);
        getChildren().removeAll(tickLabels);
        tickLines.clear();
        tickLabels.clear();
        for (Tick tick : scale.ticks()) {
            if (tick.major()) {
                Line grid = new Line();
                grid.getStyleClass().add("tornado-grid");
                Label label = new Label(CompactNumbers.format(tick.position()));
                label.getStyleClass().add("tornado-tick");
                label.setUserData(tick.position());
                tickLines.add(grid);
                tickLabels.add(label);
            }
        }
        getChildren().addAll(0, tickLines);
        getChildren().addAll(tickLabels);
    }

    private static RowNodes rowNodes() {
        Label name = new Label();
        name.getStyleClass().add("tornado-name");
        Label values = new Label();
        values.getStyleClass().add("tornado-values");
        VBox box = new VBox(1, name, values);
        Tooltip text = new Tooltip();
        Tooltip.install(box, text);
        Rectangle low = new Rectangle();
        low.getStyleClass().add("tornado-low");
        Tooltip lowTip = new Tooltip();
        Tooltip.install(low, lowTip);
        Rectangle high = new Rectangle();
        high.getStyleClass().add("tornado-high");
        Tooltip highTip = new Tooltip();
        Tooltip.install(high, highTip);
        return new RowNodes(name, values, text, box, low, lowTip, high, highTip);
    }

    private static void fill(RowNodes nodes, TornadoFigure.Row row) {
        nodes.name().setText(row.name());
        nodes.values().setText(row.lowValue() + " \u2192 " + row.low().text() + "   \u00b7   " + row.highValue()
                + " \u2192 " + row.high().text());
        nodes.text().setText(row.name() + "\nLow " + row.lowValue() + ": break-even " + row.low().text()
                + "\nHigh " + row.highValue() + ": break-even " + row.high().text() + "\nSource: " + row.source());
        nodes.low().setText(row.name() + " at " + row.lowValue() + ": break-even " + row.low().text());
        nodes.high().setText(row.name() + " at " + row.highValue() + ": break-even " + row.high().text());
    }

    /** Whole decades around every finite break-even, base included. */
    private static LogScale scaleFor(TornadoFigure figure) {
        List<Long> volumes = new ArrayList<>();
        if (figure.base().volume() != null) {
            volumes.add(figure.base().volume());
        }
        for (TornadoFigure.Row row : figure.rows()) {
            if (row.low().volume() != null) {
                volumes.add(row.low().volume());
            }
            if (row.high().volume() != null) {
                volumes.add(row.high().volume());
            }
        }
        if (volumes.isEmpty()) {
            return new LogScale(1e6, 1e11);
        }
        double min = volumes.stream().mapToDouble(Long::doubleValue).min().orElseThrow();
        double max = volumes.stream().mapToDouble(Long::doubleValue).max().orElseThrow();
        return LogScale.covering(Math.max(1, min), Math.max(min * 10, max));
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(1, figure.rows().size()) * ROW_HEIGHT + AXIS_HEIGHT + LEGEND_HEIGHT + snappedTopInset()
                + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computeMinWidth(double height) {
        return NAME_WIDTH + GAP + NEVER_WIDTH + 120;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset() + NAME_WIDTH + GAP;
        double top = snappedTopInset();
        double plotWidth = Math.max(40, getWidth() - left - snappedRightInset() - NEVER_WIDTH);
        double plotHeight = rows.size() * ROW_HEIGHT;
        for (int i = 0; i < tickLines.size(); i++) {
            double x = left + scale.position((Double) tickLabels.get(i).getUserData(), plotWidth);
            Line grid = tickLines.get(i);
            grid.setStartX(x);
            grid.setEndX(x);
            grid.setStartY(top);
            grid.setEndY(top + plotHeight);
            Label label = tickLabels.get(i);
            double w = label.prefWidth(-1);
            layoutInArea(label, x - w / 2, top + plotHeight + 4, w, AXIS_HEIGHT - 4, 0, HPos.CENTER, VPos.TOP);
        }
        neverEdge.setStartX(left + plotWidth + 8);
        neverEdge.setEndX(left + plotWidth + 8);
        neverEdge.setStartY(top);
        neverEdge.setEndY(top + plotHeight);
        double neverX = left + plotWidth + 8 + (NEVER_WIDTH - 8) / 2;
        layoutInArea(never, neverX - never.prefWidth(-1) / 2, top + plotHeight + 4, never.prefWidth(-1), AXIS_HEIGHT - 4,
                0, HPos.CENTER, VPos.TOP);
        layoutInArea(legend, snappedLeftInset(), top + plotHeight + AXIS_HEIGHT, getWidth() - snappedLeftInset()
                - snappedRightInset(), LEGEND_HEIGHT, 0, HPos.LEFT, VPos.CENTER);
        double baseX = x(figure.base(), left, plotWidth);
        base.setStartX(baseX);
        base.setEndX(baseX);
        base.setStartY(top);
        base.setEndY(top + plotHeight);
        for (int i = 0; i < rows.size(); i++) {
            RowNodes nodes = rows.get(i);
            TornadoFigure.Row row = figure.rows().get(i);
            double y = top + i * ROW_HEIGHT;
            layoutInArea(nodes.box(), snappedLeftInset(), y, NAME_WIDTH, ROW_HEIGHT, 0, HPos.LEFT, VPos.CENTER);
            place(nodes.lowBar(), baseX, x(row.low(), left, plotWidth), y);
            place(nodes.highBar(), baseX, x(row.high(), left, plotWidth), y);
        }
    }

    /** Where a break-even lies across; one that never happens lies in the middle of the "never" column. */
    private double x(TornadoFigure.Outcome outcome, double left, double width) {
        return outcome.volume() == null ? left + width + 8 + (NEVER_WIDTH - 8) / 2
                : left + scale.position(outcome.volume().doubleValue(), width);
    }

    private static void place(Rectangle bar, double from, double to, double y) {
        bar.setX(Math.min(from, to));
        bar.setWidth(Math.max(1, Math.abs(to - from)));
        bar.setY(y + 10);
        bar.setHeight(ROW_HEIGHT - 20);
    }
}
