package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.chart.TokenFormatter;
import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.Projection;
import dev.ratecard.scenario.ScenarioResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What each option costs in total over the months ahead, volume growing as the workload says, with the month an
 * owned option pays back its hardware marked.
 */
record ProjectionFigure(List<CostCurveFigure.Line> lines, List<Marker> markers, int months) {
    ProjectionFigure {
        lines = List.copyOf(lines);
        markers = List.copyOf(markers);
    }

    static ProjectionFigure of(ScenarioResult result, Function<String, String> names) {
        Projection projection = result.projection();
        List<CostCurveFigure.Line> lines = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        for (Projection.Row row : projection.options()) {
            String name = names.apply(row.option());
            List<PlotPoint> points = new ArrayList<>(row.cumulative().size());
            for (int m = 0; m < row.cumulative().size(); m++) {
                Money total = row.cumulative().get(m);
                points.add(new PlotPoint(m + 1, total.amount().doubleValue(), "Month " + (m + 1) + ": "
                        + MoneyFormatter.table(total) + " so far (" + MoneyFormatter.table(row.monthly().get(m))
                        + " that month, " + TokenFormatter.compact(projection.volumes().get(m)) + ")"));
            }
            lines.add(new CostCurveFigure.Line(row.option(), name, false, points));
            Projection.Payback payback = row.payback();
            if (payback != null && payback.paybackMonth() != null) {
                markers.add(new Marker(payback.paybackMonth(), "Payback month " + payback.paybackMonth(), name
                        + " pays back its " + MoneyFormatter.table(payback.capexPaid()) + " of hardware against "
                        + names.apply(payback.against()) + " in month " + payback.paybackMonth()
                        + (payback.discountedPaybackMonth() == null ? "" : " (discounted: month "
                        + payback.discountedPaybackMonth() + ")"), Marker.Kind.PAYBACK));
            }
        }
        return new ProjectionFigure(lines, markers, projection.volumes().size());
    }

    /** The payback in words for the chart's heading; empty when no option buys hardware. */
    String paybackText() {
        return markers.stream().map(Marker::exact).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
