package dev.ratecard.chart;

/**
 * A chart as data, with no toolkit: what is plotted, on which axes, with which markers. The scenario screen and
 * the PDF report draw the same specs ({@link ScenarioCharts} makes them from a scenario's result), so a figure
 * looks the same on screen and on paper. Values are {@code double}s: they are for plotting only.
 */
public sealed interface ChartSpec permits XyChartSpec, BarChartSpec, TornadoChartSpec {
    String title();
}
