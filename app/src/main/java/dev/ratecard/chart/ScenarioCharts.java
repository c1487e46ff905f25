package dev.ratecard.chart;

import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.CostCategory;
import dev.ratecard.scenario.CostLine;
import dev.ratecard.scenario.Curves;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.Projection;
import dev.ratecard.scenario.ScenarioResult;
import dev.ratecard.scenario.SensitivityTable;
import dev.ratecard.scenario.Wording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.DoubleStream;

/**
 * The charts of a scenario's result, as specs: cost over volume with break-even and current-volume markers, the
 * monthly cost of each option broken down, the sensitivity tornado of the focus pair, and the cumulative cost
 * over the projection's months.
 */
public final class ScenarioCharts {
    private static final Downsampler REDUCER = new LttbDownsampler();

    private ScenarioCharts() {
    }

    /** Every chart the result has data for, in reading order. */
    public static List<ChartSpec> all(ScenarioResult result) {
        List<ChartSpec> charts = new ArrayList<>();
        charts.add(costOverVolume(result));
        charts.add(monthlyBreakdown(result));
        sensitivity(result).ifPresent(charts::add);
        charts.add(projection(result));
        return charts;
    }

    /**
     * Monthly cost of every option over the scenario's volume grid, both axes logarithmic; markers at the focus
     * pair's break-even (first crossing and sustained, where they differ) and at the current volume.
     */
    public static XyChartSpec costOverVolume(ScenarioResult result) {
        Curves curves = result.curves();
        double[] volumes = curves.volumes();
        List<XyChartSpec.Series> series = new ArrayList<>();
        double smallest = Double.MAX_VALUE;
        double largest = 0;
        for (Curves.Curve curve : curves.curves()) {
            int[] kept = REDUCER.select(volumes, curve.usdPerMonth(), Downsampler.DEFAULT_MAX_POINTS);
            double[] xs = new double[kept.length];
            double[] ys = new double[kept.length];
            for (int i = 0; i < kept.length; i++) {
                xs[i] = volumes[kept[i]];
                ys[i] = curve.usdPerMonth()[kept[i]];
                if (ys[i] > 0) {
                    smallest = Math.min(smallest, ys[i]);
                }
                largest = Math.max(largest, ys[i]);
            }
            series.add(new XyChartSpec.Series(result.option(curve.option()).name(), xs, ys));
        }
        LogScale x = LogScale.covering(volumes[0], volumes[volumes.length - 1]);
        List<XyChartSpec.Marker> markers = new ArrayList<>();
        if (result.focus().subject() != null && result.focus().baseline() != null
                && result.breakEven(result.focus().subject(), result.focus().baseline()) instanceof BreakEven.Sustained s) {
            if (s.first() != s.sustained()) {
                markers.add(new XyChartSpec.Marker(s.first(), "first meets " + Wording.tokens(s.first()),
                        XyChartSpec.Marker.Kind.BREAK_EVEN));
            }
            markers.add(new XyChartSpec.Marker(s.sustained(), "break-even " + Wording.tokens(s.sustained()),
                    XyChartSpec.Marker.Kind.BREAK_EVEN));
        }
        long now = result.scenario().workload().totalTokens();
        markers.add(new XyChartSpec.Marker(now, "now " + Wording.tokens(now), XyChartSpec.Marker.Kind.CURRENT));
        return new XyChartSpec("Monthly cost over volume",
                new AxisSpec("tokens per month", x, ValueFormat.TOKENS),
                new AxisSpec("USD per month", LogScale.covering(smallest == Double.MAX_VALUE ? largest : smallest, largest),
                        ValueFormat.USD),
                series, markers.stream().filter(m -> x.contains(m.x())).toList());
    }

    /** One bar per option at the current volume, split by cost category. */
    public static BarChartSpec monthlyBreakdown(ScenarioResult result) {
        List<CostCategory> used = Arrays.stream(CostCategory.values())
                .filter(c -> result.options().stream().flatMap(o -> o.breakdown().stream())
                        .anyMatch(l -> l.category() == c && !l.amount().isZero()))
                .toList();
        List<BarChartSpec.Bar> bars = new ArrayList<>();
        double largest = 0;
        for (OptionResult option : result.options()) {
            Map<CostCategory, Money> byCategory = new EnumMap<>(CostCategory.class);
            for (CostLine line : option.breakdown()) {
                byCategory.merge(line.category(), line.amount(), Money::plus);
            }
            double[] values = used.stream().mapToDouble(c -> byCategory.getOrDefault(c, Money.ZERO_USD).amount().doubleValue())
                    .toArray();
            bars.add(new BarChartSpec.Bar(option.name(), values, MoneyFormatter.minorUnit(option.monthly())));
            largest = Math.max(largest, option.monthly().amount().doubleValue());
        }
        return new BarChartSpec("Monthly cost at " + Wording.tokens(result.scenario().workload().totalTokens())
                + " tokens/month", new AxisSpec("USD per month", LinearScale.covering(0, largest), ValueFormat.USD),
                used.stream().map(CostCategoryNames::of).toList(), bars);
    }

    /** The focus pair's sustained break-even at each input's low and high value; empty without a sensitivity table. */
    public static Optional<TornadoChartSpec> sensitivity(ScenarioResult result) {
        if (result.sensitivity().isEmpty() || result.sensitivity().getFirst().rows().isEmpty()) {
            return Optional.empty();
        }
        SensitivityTable table = result.sensitivity().getFirst();
        double base = volume(table.base());
        List<TornadoChartSpec.Row> rows = table.rows().stream().map(r -> new TornadoChartSpec.Row(r.name(),
                volume(r.low()), volume(r.high()), label(r.low()), label(r.high()))).toList();
        double[] finite = DoubleStream.concat(DoubleStream.of(base),
                        rows.stream().flatMapToDouble(r -> DoubleStream.of(r.low(), r.high())))
                .filter(v -> Double.isFinite(v) && v > 0).toArray();
        LogScale axis = finite.length == 0
                ? LogScale.covering(result.scenario().grid().fromTokens(), result.scenario().grid().toTokens())
                : LogScale.covering(Arrays.stream(finite).min().orElseThrow(), Arrays.stream(finite).max().orElseThrow());
        return Optional.of(new TornadoChartSpec("Break-even of " + result.option(table.subject()).name() + " against "
                + result.option(table.baseline()).name() + ", one input at a time",
                new AxisSpec("sustained break-even, tokens per month", axis, ValueFormat.TOKENS), base, label(table.base()),
                rows));
    }

    /** Cumulative cost of each option, month by month over the projection. */
    public static XyChartSpec projection(ScenarioResult result) {
        Projection projection = result.projection();
        int months = projection.volumes().size();
        double[] xs = new double[months];
        Arrays.setAll(xs, i -> i + 1);
        double largest = 0;
        List<XyChartSpec.Series> series = new ArrayList<>();
        for (Projection.Row row : projection.options()) {
            double[] ys = row.cumulative().stream().mapToDouble(m -> m.amount().doubleValue()).toArray();
            largest = Math.max(largest, Arrays.stream(ys).max().orElse(0));
            series.add(new XyChartSpec.Series(result.option(row.option()).name(), xs, ys));
        }
        return new XyChartSpec("Cumulative cost over " + months + " months",
                new AxisSpec("month", LinearScale.covering(0, months), ValueFormat.COUNT),
                new AxisSpec("USD, cumulative", LinearScale.covering(0, largest), ValueFormat.USD), series, List.of());
    }

    /** Where a break-even lies for plotting: the sustained volume, the settled-beyond volume, or +∞ for never. */
    static double volume(BreakEven be) {
        return switch (be) {
            case BreakEven.Sustained s -> s.sustained();
            case BreakEven.Undetermined u -> u.settledBeyond();
            case BreakEven.Never n -> Double.POSITIVE_INFINITY;
            case BreakEven.Tied t -> Double.NaN;
        };
    }

    static String label(BreakEven be) {
        return switch (be) {
            case BreakEven.Sustained s -> Wording.tokens(s.sustained());
            case BreakEven.Undetermined u -> "beyond " + Wording.tokens(u.settledBeyond());
            case BreakEven.Never n -> "never";
            case BreakEven.Tied t -> "tied";
        };
    }
}
