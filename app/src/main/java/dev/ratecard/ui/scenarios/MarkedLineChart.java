package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.Downsampler;
import dev.ratecard.chart.LttbDownsampler;
import dev.ratecard.ui.chart.PlotSeries;
import dev.ratecard.ui.chart.PointTooltips;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A line chart set up as {@code dev.ratecard.ui.chart.Charts} sets them up (no animation, series reduced to at most
 * 2,000 points and swapped in whole, exact-value tooltips), with vertical markers across the plot: today's volume,
 * break-evens, a payback month. Markers are laid out with the plot, so they stay where their value is when the
 * chart resizes. Unlike {@code Charts.show}, it never draws a symbol per point, not even on the 36 months of a
 * projection: the lines are redrawn on every edit, and a node per point would cost more than the rest of the chart.
 */
final class MarkedLineChart extends LineChart<Number, Number> {
    private final List<Node> markerNodes = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();

    MarkedLineChart(ValueAxis<Number> x, ValueAxis<Number> y) {
        super(x, y);
        setAnimated(false);
        setCreateSymbols(false);
        PointTooltips.install(this);
    }

    /**
     * Shows the series (each reduced to at most 2,000 points) and the markers; the series named in {@code emphasised}
     * are drawn bolder (self-hosting, the line the screen's question is about). While the chart shows the same
     * series by name, each is given its new points in place, keeping its line and legend entry: at a few hundred
     * points that is cheaper than new series, whose nodes and legend would be built and styled again.
     */
    void show(List<PlotSeries<?>> series, List<Marker> newMarkers, Set<String> emphasised) {
        List<XYChart.Series<Number, Number>> plotted = new ArrayList<>(series.size());
        for (PlotSeries<?> one : series) {
            plotted.add(plot(one));
        }
        List<String> names = plotted.stream().map(XYChart.Series::getName).toList();
        if (names.equals(getData().stream().map(XYChart.Series::getName).toList())) {
            for (int i = 0; i < plotted.size(); i++) {
                getData().get(i).getData().setAll(plotted.get(i).getData());
            }
        } else {
            getData().setAll(plotted);
        }
        for (XYChart.Series<Number, Number> one : getData()) {
            if (one.getNode() != null) {
                one.getNode().getStyleClass().remove("chart-series-emphasised");
                if (emphasised.contains(one.getName())) {
                    one.getNode().getStyleClass().add("chart-series-emphasised");
                }
            }
        }
        getPlotChildren().removeAll(markerNodes);
        markerNodes.clear();
        markers.clear();
        markers.addAll(newMarkers);
        for (Marker marker : newMarkers) {
            Line line = new Line();
            line.getStyleClass().addAll("chart-marker", "chart-marker-" + marker.kind().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'));
            line.setMouseTransparent(true);
            Label label = new Label(marker.label());
            label.getStyleClass().addAll("chart-marker-label", "chart-marker-label-"
                    + marker.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            label.setAlignment(Pos.CENTER_LEFT);
            Tooltip.install(label, new Tooltip(marker.exact()));
            markerNodes.add(line);
            markerNodes.add(label);
        }
        getPlotChildren().addAll(markerNodes);
        requestChartLayout();
    }

    private static <T> XYChart.Series<Number, Number> plot(PlotSeries<T> series) {
        List<T> kept = new LttbDownsampler().reduce(series.points(), series.x(), series.y(), Downsampler.DEFAULT_MAX_POINTS);
        ObservableList<XYChart.Data<Number, Number>> data = FXCollections.observableArrayList();
        for (T point : kept) {
            data.add(new XYChart.Data<>(series.x().applyAsDouble(point), series.y().applyAsDouble(point),
                    series.exact().apply(point)));
        }
        return new XYChart.Series<>(series.name(), data);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double height = getYAxis().getHeight();
        double width = getXAxis().getWidth();
        double nextLabelY = 4;
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            Line line = (Line) markerNodes.get(2 * i);
            Label label = (Label) markerNodes.get(2 * i + 1);
            double x = getXAxis().getDisplayPosition(marker.x());
            boolean inside = getXAxis().isValueOnAxis(marker.x()) && x >= 0 && x <= width;
            line.setVisible(inside);
            label.setVisible(inside);
            if (!inside) {
                continue;
            }
            line.setStartX(x);
            line.setEndX(x);
            line.setStartY(0);
            line.setEndY(height);
            label.autosize();
            double labelWidth = label.prefWidth(-1);
            double labelX = x + 4 + labelWidth > width ? x - 4 - labelWidth : x + 4;
            label.resizeRelocate(labelX, nextLabelY, labelWidth, label.prefHeight(-1));
            nextLabelY += label.prefHeight(-1) + 2;
        }
        markerNodes.forEach(Node::toFront);
    }
}
