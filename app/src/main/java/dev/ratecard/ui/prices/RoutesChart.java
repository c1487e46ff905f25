package dev.ratecard.ui.prices;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.ui.chart.AxisLabels;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;

/**
 * A small horizontal bar chart of what each route costs per 1M tokens, fees included, cheapest at the top, each bar
 * labelled with its figure in the axes' short form ({@code $6.33}, {@code $0.263}; in full on hover). Only the
 * cheapest routes are drawn; the table lists them all.
 */
final class RoutesChart {
    static final int MOST_BARS = 6;
    private static final int LONGEST_LABEL = 26;

    private RoutesChart() {
    }

    static BarChart<Number, String> build() {
        NumberAxis dollars = new NumberAxis();
        dollars.setLabel("$ per 1M tokens");
        dollars.setTickLabelFormatter(AxisLabels.money("USD"));
        dollars.setForceZeroInRange(true);
        CategoryAxis routes = new CategoryAxis();
        routes.setTickLabelGap(2);
        BarChart<Number, String> chart = new BarChart<>(dollars, routes);
        chart.setId("prices-routes-chart");
        chart.getStyleClass().add("routes-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        chart.setBarGap(0);
        return chart;
    }

    /** Replaces the bars with {@code ranked}'s cheapest, whole (charts slow down when edited point by point). */
    static void show(BarChart<Number, String> chart, List<RouteRow> ranked) {
        List<RouteRow> drawn = ranked.stream().limit(MOST_BARS).toList();
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        // A category axis puts its first category at the bottom; the cheapest goes last so it is drawn on top.
        for (int i = drawn.size() - 1; i >= 0; i--) {
            RouteRow row = drawn.get(i);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(row.perMillion().amount().doubleValue(),
                    (i + 1) + ". " + shorten(row.route()));
            bar.setNode(barWithLabel(row));
            bars.add(bar);
        }
        XYChart.Series<Number, String> series = new XYChart.Series<>(FXCollections.observableArrayList(bars));
        series.setName("Per 1M tokens");
        NumberAxis dollars = (NumberAxis) chart.getXAxis();
        double most = drawn.stream().mapToDouble(row -> row.perMillion().amount().doubleValue()).max().orElse(0);
        // Round ticks, and room on the right of the longest bar for its label.
        double step = niceStep(Math.max(most, 0.0001) * 1.6 / 4);
        dollars.setAutoRanging(false);
        dollars.setLowerBound(0);
        dollars.setTickUnit(step);
        dollars.setUpperBound(Math.ceil(Math.max(most, 0.0001) * 1.6 / step) * step);
        chart.getData().setAll(List.of(series));
    }

    private static StackPane barWithLabel(RouteRow row) {
        StackPane bar = new StackPane();
        Label figure = new Label(MoneyFormatter.compact(row.perMillion()));
        figure.getStyleClass().add("bar-label");
        figure.setMinWidth(Label.USE_PREF_SIZE);
        StackPane.setAlignment(figure, Pos.CENTER_RIGHT);
        // Just past the end of the bar, whatever its length.
        figure.translateXProperty().bind(figure.widthProperty().add(6));
        bar.getChildren().add(figure);
        Tooltip.install(bar, new Tooltip(row.route() + "\n" + MoneyFormatter.exact(row.perMillion()) + " per 1M tokens, "
                + MoneyFormatter.exact(row.monthly()) + " a month"));
        return bar;
    }

    /** The 1-2-5 step at or above {@code raw}: 0.5, 1, 2, 5, 10 … */
    static double niceStep(double raw) {
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * decade >= raw) {
                return factor * decade;
            }
        }
        return 10 * decade;
    }

    private static String shorten(String label) {
        return label.length() <= LONGEST_LABEL ? label : label.substring(0, LONGEST_LABEL - 1) + "…";
    }
}
