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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each option's monthly cost at today's volume as a horizontal bar, stacked by what it pays for (tokens, gateway
 * fees, GPUs and hardware, engineer, servers and running costs). Options run top to bottom in the scenario's
 * order; each piece's tooltip gives its exact amount.
 */
final class MonthlyBarsChart extends StackedBarChart<Number, String> {
    private final CategoryAxis options;
    private final Map<XYChart.Data<Number, String>, Tooltip> tooltips = new HashMap<>();
    private List<CostGroup> shownGroups = List.of();

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

    /**
     * Shows {@code bars}. While the options and the groups they pay for stay the same, the bars are given their new
     * lengths in place (a handful of values); otherwise the series are replaced.
     */
    void show(MonthlyBars bars) {
        List<String> names = new ArrayList<>();
        bars.bars().reversed().forEach(bar -> names.add(bar.name()));
        List<CostGroup> groups = new ArrayList<>();
        for (CostGroup group : CostGroup.values()) {
            if (bars.bars().stream().anyMatch(bar -> bar.parts().containsKey(group))) {
                groups.add(group);
            }
        }
        if (!names.equals(options.getCategories()) || !groups.equals(shownGroups)) {
            options.setCategories(FXCollections.observableArrayList(names));
            getData().setAll(groups.stream().map(group -> {
                XYChart.Series<Number, String> series = new XYChart.Series<>();
                series.setName(group.label());
                bars.bars().forEach(bar -> series.getData().add(new XYChart.Data<>(0, bar.name())));
                return series;
            }).toList());
            shownGroups = List.copyOf(groups);
            tooltips.clear();
        }
        for (int g = 0; g < groups.size(); g++) {
            XYChart.Series<Number, String> series = getData().get(g);
            for (int b = 0; b < bars.bars().size(); b++) {
                MonthlyBars.Bar bar = bars.bars().get(b);
                Money part = bar.parts().getOrDefault(groups.get(g), Money.ZERO_USD);
                XYChart.Data<Number, String> data = series.getData().get(b);
                data.setXValue(part.amount().doubleValue());
                tooltip(data).setText(bar.name() + "\n" + groups.get(g).label() + ": " + MoneyFormatter.exact(part)
                        + " a month\nTotal: " + MoneyFormatter.table(bar.total()) + " a month");
            }
        }
    }

    private Tooltip tooltip(XYChart.Data<Number, String> data) {
        return tooltips.computeIfAbsent(data, d -> {
            Tooltip tip = new Tooltip();
            if (d.getNode() != null) {
                Tooltip.install(d.getNode(), tip);
            }
            return tip;
        });
    }
}
