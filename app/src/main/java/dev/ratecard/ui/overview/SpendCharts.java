package dev.ratecard.ui.overview;

import dev.ratecard.chart.LinearScale;
import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.chart.Tick;
import dev.ratecard.ui.chart.AxisLabels;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The Overview's spend charts: bars in US dollars with the axis labelled and each bar's amount written on it (in full
 * on hover), and beside each chart the same figures as a list with their share of the total, so no figure has to be
 * read off a bar. Bars are replaced whole.
 */
final class SpendCharts {
    static final int MOST_BARS = 8;
    private static final int LONGEST_LABEL = 28;

    private SpendCharts() {
    }

    /** The months' card: spend per month, gateway fees included. */
    static Node monthlyCard(String title, String id, List<SpendBar> bars) {
        return card(title, id, bars, monthly(id, bars));
    }

    /**
     * A card of ranked bars (routes, providers, models) whose dollar axis says what the figures include, since
     * gateway fees belong to a route and not to a provider or model: the cards do not all add up to one total.
     */
    static Node rankedCard(String title, String id, List<SpendBar> bars, String dollarsLabel) {
        return card(title, id, bars, ranked(id, bars, dollarsLabel));
    }

    /** A card: title, chart and the figures beside it, or under it when the card is too narrow for both. */
    private static Node card(String title, String id, List<SpendBar> bars, Node chart) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        CardRow body = new CardRow(16).add(chart, 1).add(figures(id + "-figures", bars), 0);
        VBox card = new VBox(8, heading, body);
        card.getStyleClass().add("card");
        card.setId(id + "-card");
        return card;
    }

    private static Node monthly(String id, List<SpendBar> bars) {
        CategoryAxis months = new CategoryAxis();
        months.setLabel("Month (UTC)");
        NumberAxis dollars = dollars("US dollars a month");
        BarChart<String, Number> chart = new BarChart<>(months, dollars);
        setUp(chart, id);
        List<XYChart.Data<String, Number>> data = new ArrayList<>();
        for (SpendBar bar : bars) {
            XYChart.Data<String, Number> point = new XYChart.Data<>(bar.label(), bar.plotted());
            point.setNode(labelled(bar, Pos.TOP_CENTER));
            data.add(point);
        }
        chart.getData().setAll(List.of(new XYChart.Series<>("Spend", FXCollections.observableArrayList(data))));
        roomAbove(dollars, bars);
        chart.setPrefHeight(300);
        return chart;
    }

    private static Node ranked(String id, List<SpendBar> bars, String dollarsLabel) {
        NumberAxis dollars = dollars(dollarsLabel);
        CategoryAxis names = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(dollars, names);
        setUp(chart, id);
        List<SpendBar> drawn = bars.stream().limit(MOST_BARS).toList();
        List<XYChart.Data<Number, String>> data = new ArrayList<>();
        // A category axis puts its first category at the bottom; the dearest goes last so it is drawn on top.
        for (int i = drawn.size() - 1; i >= 0; i--) {
            SpendBar bar = drawn.get(i);
            XYChart.Data<Number, String> point = new XYChart.Data<>(bar.plotted(), shorten(bar.label()));
            point.setNode(labelled(bar, Pos.CENTER_RIGHT));
            data.add(point);
        }
        chart.getData().setAll(List.of(new XYChart.Series<>("Spend", FXCollections.observableArrayList(data))));
        roomAbove(dollars, drawn);
        chart.setPrefHeight(Math.max(150, 48 + 30 * drawn.size()));
        return chart;
    }

    private static NumberAxis dollars(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setTickLabelFormatter(AxisLabels.money("USD"));
        axis.setForceZeroInRange(true);
        return axis;
    }

    private static void setUp(BarChart<?, ?> chart, String id) {
        chart.setId(id);
        chart.getStyleClass().add("spend-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(12);
        chart.setBarGap(0);
        chart.setMinWidth(280);
    }

    /** Round ticks, and room past the longest bar for its label. */
    private static void roomAbove(NumberAxis axis, List<SpendBar> bars) {
        double most = bars.stream().mapToDouble(SpendBar::plotted).max().orElse(0);
        LinearScale scale = LinearScale.covering(0, Math.max(most, 0.01) * 1.3);
        List<Tick> ticks = scale.ticks();
        axis.setAutoRanging(false);
        axis.setLowerBound(scale.lower());
        axis.setUpperBound(scale.upper());
        axis.setTickUnit(ticks.size() < 2 ? scale.upper() : ticks.get(1).value().subtract(ticks.get(0).value()).doubleValue());
    }

    private static StackPane labelled(SpendBar bar, Pos where) {
        StackPane node = new StackPane();
        Label figure = new Label(MoneyFormatter.compact(bar.amount()));
        figure.getStyleClass().add("bar-label");
        figure.setMinWidth(Label.USE_PREF_SIZE);
        StackPane.setAlignment(figure, where);
        if (where == Pos.TOP_CENTER) {
            figure.translateYProperty().bind(figure.heightProperty().add(4).negate());
        } else {
            figure.translateXProperty().bind(figure.widthProperty().add(6));
        }
        node.getChildren().add(figure);
        Tooltip.install(node, new Tooltip(bar.label() + "\n" + bar.exact()));
        return node;
    }

    private static GridPane figures(String id, List<SpendBar> bars) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("spend-figures");
        for (int i = 0; i < bars.size(); i++) {
            SpendBar bar = bars.get(i);
            Label name = new Label(bar.label());
            name.setMinWidth(Label.USE_PREF_SIZE);
            Label amount = new Label(bar.text());
            amount.setMinWidth(Label.USE_PREF_SIZE);
            amount.setId(id + "-" + i);
            amount.getStyleClass().add("numeric");
            Tooltip.install(amount, new Tooltip(bar.exact()));
            Label share = new Label(bar.share());
            share.getStyleClass().addAll("numeric", "muted");
            share.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(i, name, amount, share);
        }
        return grid;
    }

    private static String shorten(String label) {
        return label.length() <= LONGEST_LABEL ? label : label.substring(0, LONGEST_LABEL - 1) + "\u2026";
    }
}
