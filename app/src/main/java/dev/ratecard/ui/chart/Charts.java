package dev.ratecard.ui.chart;

import dev.ratecard.chart.Downsampler;
import dev.ratecard.chart.LttbDownsampler;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/**
 * How Ratecard's charts are made and fed. JavaFX charts slow down sharply with many points, with one node per
 * symbol, and when series are edited in place (measured: setting 100k points on a series takes seconds,
 * swapping in a new series of 1.6k reduced points under 100 ms). So: no animation, no symbols on long series,
 * every series reduced to at most {@link Downsampler#DEFAULT_MAX_POINTS} points, and series replaced whole.
 */
public final class Charts {
    /** Series up to this long get a symbol per point (a few monthly figures); longer ones a bare line. */
    public static final int SYMBOL_LIMIT = 60;

    private Charts() {
    }

    /** A line chart set up the Ratecard way, with exact-value tooltips on its points. */
    public static LineChart<Number, Number> lineChart(ValueAxis<Number> x, ValueAxis<Number> y) {
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        PointTooltips.install(chart);
        return chart;
    }

    /**
     * Replaces the chart's series with {@code series}, each reduced by {@code downsampler} to at most
     * {@code maxPoints}; each plotted point carries its exact text (the data's extra value) for the tooltip.
     */
    public static void show(XYChart<Number, Number> chart, List<PlotSeries<?>> series, Downsampler downsampler,
            int maxPoints) {
        ObservableList<XYChart.Series<Number, Number>> replacement = FXCollections.observableArrayList();
        boolean allShort = true;
        for (PlotSeries<?> one : series) {
            XYChart.Series<Number, Number> plotted = plot(one, downsampler, maxPoints);
            allShort &= plotted.getData().size() <= SYMBOL_LIMIT;
            replacement.add(plotted);
        }
        chart.setAnimated(false);
        if (chart instanceof LineChart<Number, Number> line) {
            line.setCreateSymbols(allShort);
        }
        chart.getData().setAll(replacement);
    }

    public static void show(XYChart<Number, Number> chart, List<PlotSeries<?>> series) {
        show(chart, series, new LttbDownsampler(), Downsampler.DEFAULT_MAX_POINTS);
    }

    private static <T> XYChart.Series<Number, Number> plot(PlotSeries<T> series, Downsampler downsampler,
            int maxPoints) {
        List<T> kept = downsampler.reduce(series.points(), series.x(), series.y(), maxPoints);
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(kept.size());
        for (T point : kept) {
            data.add(new XYChart.Data<>(series.x().applyAsDouble(point), series.y().applyAsDouble(point),
                    series.exact().apply(point)));
        }
        return new XYChart.Series<>(series.name(), FXCollections.observableArrayList(data));
    }
}
