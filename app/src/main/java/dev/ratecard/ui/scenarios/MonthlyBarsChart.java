package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.pricing.Money;
import dev.ratecard.ui.chart.AxisLabels;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.List;

/**
 * Each option's monthly cost at today's volume as a horizontal bar, stacked by what it pays for (tokens, gateway
 * fees, GPUs and hardware, engineer, servers and running costs). Options run top to bottom in the scenario's
 * order; each piece's tooltip gives its exact amount.
 */
final class MonthlyBarsChart extends StackedBarChart<Number, String> {
    private final CategoryAxis options;

    MonthlyBarsChart() {
        super(new NumberAxis(), new CategoryAxis());
        options = (CategoryAxis) getYAxis();
        NumberAxis usd = (NumberAxis) getXAxis();
        usd.setLabel("USD/month at today's volume");
        usd.setTickLabelFormatter(AxisLabels.money("USD"));
        usd.setForceZeroInRange(true);
        setAnimated(false);
        setLegendVisible(true);
        setCategoryGap(14);
    }

    void show(MonthlyBars bars) {
        List<String> names = new ArrayList<>();
        bars.bars().reversed().forEach(bar -> names.add(bar.name()));
        options.setCategories(FXCollections.observableArrayList(names));
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (CostGroup group : CostGroup.values()) {
            if (bars.bars().stream().noneMatch(bar -> bar.parts().containsKey(group))) {
                continue;
            }
            XYChart.Series<Number, String> one = new XYChart.Series<>();
            one.setName(group.label());
            for (MonthlyBars.Bar bar : bars.bars()) {
                Money part = bar.parts().getOrDefault(group, Money.ZERO_USD);
                XYChart.Data<Number, String> data = new XYChart.Data<>(part.amount().doubleValue(), bar.name());
                data.setExtraValue(bar.name() + "\n" + group.label() + ": " + MoneyFormatter.exact(part)
                        + " a month\nTotal: " + MoneyFormatter.table(bar.total()) + " a month");
                one.getData().add(data);
            }
            series.add(one);
        }
        getData().setAll(series);
        for (XYChart.Series<Number, String> one : getData()) {
            for (XYChart.Data<Number, String> data : one.getData()) {
                if (data.getNode() != null) {
                    Tooltip.install(data.getNode(), new Tooltip(String.valueOf(data.getExtraValue())));
                }
            }
        }
    }
}
