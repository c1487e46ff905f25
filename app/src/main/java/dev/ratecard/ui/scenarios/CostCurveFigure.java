package dev.ratecard.ui.scenarios;

import java.util.List;
import java.util.Objects;

/**
 * The main chart: monthly cost over monthly volume, one line per option on log axes, with today's volume and the
 * focus pair's break-even marked.
 *
 * @param headline the focus pair's break-even in words, shown above the chart
 */
record CostCurveFigure(List<Line> lines, List<Marker> markers, double fromTokens, double toTokens, String headline) {
    CostCurveFigure {
        lines = List.copyOf(lines);
        markers = List.copyOf(markers);
        Objects.requireNonNull(headline, "headline");
    }

    /** @param selfHosted true for an option that serves the model on its own GPUs: the line the question is about */
    record Line(String id, String name, boolean selfHosted, List<PlotPoint> points) {
        Line {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            points = List.copyOf(points);
        }
    }
}
