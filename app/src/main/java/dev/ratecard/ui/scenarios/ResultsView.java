package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.scenario.Finding;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.ui.chart.AxisLabels;
import dev.ratecard.ui.chart.LogAxis;
import dev.ratecard.ui.chart.PlotSeries;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The results side of the editor: the findings in plain words first (they are the answer), then cost over volume
 * with the break-even marked, the monthly bars, the tornado, the projection, and the two tables. Follows the
 * session: redraws on every new result, and greys out while the results are not those of the form.
 */
final class ResultsView {
    private final ScrollPane root;
    private final VBox content;
    private final Label notice = new Label();
    private final Label headline = new Label();
    private final Label cheapestCaption = new Label();
    private final Label cheapestValue = new Label();
    private final Label cheapestDetail = new Label();
    private final Label breakEvenCaption = new Label();
    private final Label breakEvenValue = new Label();
    private final Label breakEvenDetail = new Label();
    private final VBox breakEvenTile;
    private final VBox findings = new VBox(6);
    private final FlowPane totals = new FlowPane(16, 6);
    private final MarkedLineChart costChart;
    private final LogAxis volumeAxis;
    private final MonthlyBarsChart bars = new MonthlyBarsChart();
    private final Label tornadoTitle = new Label();
    private final TornadoChart tornado = new TornadoChart();
    private final MarkedLineChart projectionChart;
    private final Label paybackText = new Label();
    private final NumberAxis months;
    private final TextGrid breakEvens = ResultTables.breakEvens();
    private final TextGrid breakdown = ResultTables.breakdown();

    ResultsView(ScenarioSession session) {
        notice.setId("scenario-notice");
        notice.getStyleClass().add("banner-error");
        notice.setWrapText(true);
        notice.textProperty().bind(session.noticeProperty());
        notice.visibleProperty().bind(session.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        headline.setId("scenario-cost-headline");
        headline.getStyleClass().add("chart-caption");
        headline.setWrapText(true);
        breakEvenValue.setId("scenario-break-even");
        breakEvenCaption.setId("scenario-break-even-caption");
        cheapestValue.setId("scenario-cheapest");
        VBox cheapestTile = tile(cheapestCaption, cheapestValue, cheapestDetail);
        breakEvenTile = tile(breakEvenCaption, breakEvenValue, breakEvenDetail);
        HBox.setHgrow(cheapestTile, Priority.ALWAYS);
        HBox.setHgrow(breakEvenTile, Priority.ALWAYS);
        HBox key = new HBox(16, cheapestTile, breakEvenTile);
        findings.setId("scenario-findings");
        totals.getStyleClass().add("scenario-totals");

        volumeAxis = new LogAxis(1e6, 1e11);
        volumeAxis.setLabel("tokens/month");
        volumeAxis.setTickLabelFormatter(AxisLabels.compact());
        LogAxis usd = new LogAxis();
        usd.setLabel("USD/month");
        usd.setTickLabelFormatter(AxisLabels.money("USD"));
        costChart = new MarkedLineChart(volumeAxis, usd);
        costChart.setId("scenario-cost-chart");
        costChart.setPrefHeight(420);
        costChart.setMinHeight(340);

        bars.setId("scenario-monthly-chart");
        tornado.setId("scenario-tornado");
        tornadoTitle.getStyleClass().add("hint");
        tornadoTitle.setWrapText(true);

        months = new NumberAxis();
        months.setLabel("month");
        months.setAutoRanging(false);
        months.setMinorTickVisible(false);
        months.setTickLabelFormatter(AxisLabels.compact());
        NumberAxis cumulative = new NumberAxis();
        cumulative.setLabel("USD paid so far");
        cumulative.setTickLabelFormatter(AxisLabels.money("USD"));
        projectionChart = new MarkedLineChart(months, cumulative);
        projectionChart.setId("scenario-projection-chart");
        projectionChart.setPrefHeight(320);
        paybackText.getStyleClass().add("hint");
        paybackText.setWrapText(true);

        content = new VBox(Cards.card("What it says", "", notice, key, findings),
                Cards.card("Cost over monthly volume", "Each line is one option's monthly cost as the volume grows; "
                        + "self-hosting climbs in steps, one replica at a time. Both axes are logarithmic.", headline,
                        costChart),
                Cards.card("Monthly cost today", "What each option costs at today's volume, by what it pays for.", totals,
                        bars),
                Cards.card("What moves the break-even", "Each input at its low and its high value, everything else as it "
                        + "is. The longest bars are the inputs to check first.", tornadoTitle, tornado),
                Cards.card("The months ahead", "What each option costs in total, month by month, with the volume "
                        + "growing as the workload says.", paybackText, projectionChart),
                Cards.card("Break-even of every pair", "", breakEvens),
                Cards.card("Where every figure comes from", "Each option's monthly cost, line by line, with the source "
                        + "of its figures.", breakdown));
        content.getStyleClass().addAll("page", "scenario-results");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("scenario-results");

        session.figuresProperty().addListener((observable, was, now) -> show(now));
        // Opacity, not a style class: restyling every chart and table twice per edit would cost more than the edit.
        StaleMark stale = new StaleMark(session.staleProperty());
        content.getChildren().stream().skip(1).forEach(card -> card.opacityProperty().bind(
                Bindings.when(stale.shownProperty()).then(0.55).otherwise(1.0)));
        show(session.figuresProperty().get());
    }

    Node root() {
        return root;
    }

    private static VBox tile(Label caption, Label value, Label detail) {
        caption.getStyleClass().add("key-caption");
        caption.setWrapText(true);
        value.getStyleClass().add("key-value");
        detail.getStyleClass().add("key-detail");
        detail.setWrapText(true);
        VBox tile = new VBox(4, caption, value, detail);
        tile.getStyleClass().add("key-tile");
        // Equal halves: both tiles grow from nothing, so neither takes the other's room for its longer text.
        tile.setPrefWidth(0);
        tile.setMaxWidth(Double.MAX_VALUE);
        value.setMinWidth(Region.USE_PREF_SIZE);
        return tile;
    }

    /** Redraws everything from {@code figures}; {@code null} (nothing computed yet) leaves the previous picture. */
    void show(ScenarioFigures figures) {
        if (figures == null) {
            return;
        }
        headline.setText(figures.curves().headline());
        headline.setVisible(!figures.curves().headline().isEmpty());
        headline.setManaged(headline.isVisible());
        KeyFigures key = figures.key();
        cheapestCaption.setText(key.cheapestCaption());
        cheapestValue.setText(key.cheapestValue());
        cheapestDetail.setText(key.cheapestDetail());
        breakEvenCaption.setText(key.breakEvenCaption());
        breakEvenValue.setText(key.breakEvenValue());
        breakEvenDetail.setText(key.breakEvenDetail());
        breakEvenTile.setVisible(!key.breakEvenValue().isEmpty());
        breakEvenTile.setManaged(breakEvenTile.isVisible());
        showFindings(figures.findings());
        showTotals(figures.result().options());
        CostCurveFigure curves = figures.curves();
        volumeAxis.setLowerBound(curves.fromTokens());
        volumeAxis.setUpperBound(curves.toTokens());
        costChart.show(series(curves.lines()), curves.markers(), curves.lines().stream()
                .filter(CostCurveFigure.Line::selfHosted).map(CostCurveFigure.Line::name).collect(Collectors.toSet()));
        bars.show(figures.monthly());
        bars.setPrefHeight(90 + 44.0 * figures.monthly().bars().size());
        tornadoTitle.setText(figures.tornado().rows().isEmpty() ? "No sensitivity: the scenario has no pair to compare."
                : figures.tornado().title() + ": " + figures.tornado().base().text() + " as it is.");
        tornado.show(figures.tornado());
        ProjectionFigure projection = figures.projection();
        months.setLowerBound(0);
        months.setUpperBound(projection.months());
        months.setTickUnit(projection.months() <= 12 ? 1 : projection.months() <= 48 ? 3 : 12);
        projectionChart.show(series(projection.lines()), projection.markers(), Set.of());
        paybackText.setText(projection.paybackText());
        paybackText.setVisible(!projection.paybackText().isEmpty());
        paybackText.setManaged(paybackText.isVisible());
        ResultTables.showBreakEvens(breakEvens, figures.breakEvens());
        ResultTables.showBreakdown(breakdown, figures.breakdown());
    }

    /** One label per finding; labels of the same kind in the same place are kept and given the new text. */
    private void showFindings(List<Finding> list) {
        List<Node> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Finding finding = list.get(i);
            String kind = "finding-" + finding.kind().replace('_', '-');
            Label line;
            if (i < findings.getChildren().size() && findings.getChildren().get(i) instanceof Label kept
                    && kept.getStyleClass().contains(kind)) {
                line = kept;
            } else {
                line = new Label();
                line.setWrapText(true);
                line.getStyleClass().addAll("finding", kind);
            }
            line.setText(finding.text());
            lines.add(line);
        }
        if (!lines.equals(findings.getChildren())) {
            findings.getChildren().setAll(lines);
        }
    }

    /** One chip per option; the chips are kept while the number of options stays, and given their new figures. */
    private void showTotals(List<OptionResult> options) {
        if (totals.getChildren().size() != options.size()) {
            List<Node> chips = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                Label name = new Label();
                name.getStyleClass().add("total-name");
                Label amount = new Label();
                amount.getStyleClass().add("total-amount");
                VBox chip = new VBox(2, name, amount);
                chip.getStyleClass().add("total-chip");
                chips.add(chip);
            }
            totals.getChildren().setAll(chips);
        }
        for (int i = 0; i < options.size(); i++) {
            VBox chip = (VBox) totals.getChildren().get(i);
            ((Label) chip.getChildren().get(0)).setText(options.get(i).name());
            ((Label) chip.getChildren().get(1)).setText(MoneyFormatter.table(options.get(i).monthly()) + "/month");
        }
    }

    private static List<PlotSeries<?>> series(List<CostCurveFigure.Line> lines) {
        List<PlotSeries<?>> series = new ArrayList<>();
        for (CostCurveFigure.Line line : lines) {
            series.add(new PlotSeries<>(line.name(), line.points(), PlotPoint::x, PlotPoint::y, PlotPoint::exact));
        }
        return series;
    }
}
