package dev.ratecard.ui.scenarios;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.chart.TokenFormatter;
import dev.ratecard.pricing.Money;
import dev.ratecard.scenario.BreakEven;
import dev.ratecard.scenario.CostFunction;
import dev.ratecard.scenario.CostTerm;
import dev.ratecard.scenario.Curves;
import dev.ratecard.scenario.ModeledOption;
import dev.ratecard.scenario.ScenarioResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns a result into the cost-over-volume chart. Each line is the engine's curve at its grid volumes; a line
 * that buys whole replicas also gets a point on each side of every step inside the chart, so that it is drawn as
 * the staircase it is rather than as slopes between grid points. Each point's tooltip gives the exact monthly cost
 * at its volume rounded to a whole token.
 */
final class CostCurves {
    /** A staircase with more steps than this in view is drawn from the grid alone: its steps are finer than a pixel. */
    static final int MAX_STEPS_DRAWN = 400;

    private CostCurves() {
    }

    static CostCurveFigure figure(ScenarioResult result, Map<String, ModeledOption> models, Function<String, String> names) {
        Curves curves = result.curves();
        double from = curves.volumes()[0];
        double to = curves.volumes()[curves.volumes().length - 1];
        List<CostCurveFigure.Line> lines = new ArrayList<>();
        for (Curves.Curve curve : curves.curves()) {
            CostFunction cost = models.get(curve.option()).cost();
            List<PlotPoint> points = new ArrayList<>();
            for (int i = 0; i < curves.volumes().length; i++) {
                points.add(point(curves.volumes()[i], curve.usdPerMonth()[i], cost));
            }
            List<PlotPoint> steps = stepPoints(cost, from, to);
            points.addAll(steps);
            points.sort(Comparator.comparingDouble(PlotPoint::x));
            lines.add(new CostCurveFigure.Line(curve.option(), names.apply(curve.option()),
                    result.option(curve.option()).kind().hostsTheModel(), points));
        }
        List<Marker> markers = new ArrayList<>();
        long today = result.scenario().workload().totalTokens();
        markers.add(new Marker(today, "Today " + TokenFormatter.compact(today), "Today's volume: "
                + TokenFormatter.exact(today) + " a month", Marker.Kind.CURRENT));
        String headline = "";
        if (result.focus().subject() != null && result.focus().baseline() != null) {
            BreakEven focus = result.breakEven(result.focus().subject(), result.focus().baseline());
            markers.addAll(breakEvenMarkers(focus));
            headline = BreakEvenWords.sentence(focus, names);
        }
        return new CostCurveFigure(lines, markers, from, to, headline);
    }

    private static PlotPoint point(double volume, double usd, CostFunction cost) {
        long tokens = Math.round(volume);
        return new PlotPoint(volume, usd, exact(tokens, cost));
    }

    static String exact(long tokens, CostFunction cost) {
        return MoneyFormatter.table(Money.usd(cost.at(tokens))) + "/month at " + TokenFormatter.exact(tokens) + " a month";
    }

    /**
     * Two points per step boundary in view, the last volume before the step and the first one on it; boundaries
     * that several staircases share (an owned replica's capital, power and colocation) are drawn once.
     */
    private static List<PlotPoint> stepPoints(CostFunction cost, double from, double to) {
        TreeSet<Long> boundaries = new TreeSet<>();
        for (CostTerm.Staircase stairs : cost.staircases()) {
            double width = stairs.tokensPerStep().doubleValue();
            double offset = stairs.offsetTokens().doubleValue();
            long first = Math.max(1, (long) Math.ceil((from - offset) / width));
            long last = (long) Math.floor((to - offset) / width);
            if (last - first + 1 > MAX_STEPS_DRAWN) {
                return List.of();
            }
            for (long n = first; n <= last; n++) {
                long boundary = stairs.boundary(n).longValue();
                if (boundary > from && boundary + 1 < to) {
                    boundaries.add(boundary);
                }
            }
        }
        if (boundaries.size() > MAX_STEPS_DRAWN) {
            return List.of();
        }
        List<PlotPoint> points = new ArrayList<>(boundaries.size() * 2);
        for (long before : boundaries) {
            points.add(new PlotPoint(before, cost.atDouble(before), exact(before, cost)));
            points.add(new PlotPoint(before + 1, cost.atDouble(before + 1), exact(before + 1, cost)));
        }
        return points;
    }

    private static List<Marker> breakEvenMarkers(BreakEven breakEven) {
        List<Marker> markers = new ArrayList<>();
        switch (breakEven) {
            case BreakEven.Sustained s -> {
                if (s.first() < s.sustained()) {
                    markers.add(new Marker(s.first(), "First crossing " + TokenFormatter.compact(s.first()),
                            "First crossing: " + TokenFormatter.exact(s.first()) + " a month", Marker.Kind.FIRST_CROSSING));
                }
                markers.add(new Marker(s.sustained(), "Break-even " + TokenFormatter.compact(s.sustained()),
                        "Break-even, for good from " + TokenFormatter.exact(s.sustained()) + " a month",
                        Marker.Kind.BREAK_EVEN));
            }
            case BreakEven.Never n -> {
                if (n.temporaryCrossing() != null) {
                    markers.add(new Marker(n.temporaryCrossing(), "Crosses for a while",
                            "Crosses at " + TokenFormatter.exact(n.temporaryCrossing()) + " a month, then not for good",
                            Marker.Kind.FIRST_CROSSING));
                }
            }
            case BreakEven.Tied t -> {
            }
            case BreakEven.Undetermined u -> markers.add(new Marker(u.settledBeyond(), "Settled beyond "
                    + TokenFormatter.compact(u.settledBeyond()), "The order is settled only beyond "
                    + TokenFormatter.exact(u.settledBeyond()) + " a month", Marker.Kind.FIRST_CROSSING));
        }
        return markers;
    }
}
